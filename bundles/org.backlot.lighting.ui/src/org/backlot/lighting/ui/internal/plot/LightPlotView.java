// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.List;

import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.ui.internal.LightingCommands;
import org.backlot.lighting.ui.internal.LightingViewPart;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.shots.CameraSetup;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.internal.plan.PlanViewer;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.dnd.TemplateTransferDropTargetListener;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The light plot: the chosen lighting set-up's set from above (floor, walls,
 * pieces, the LED wall, the actors' marks, the camera and its view) with every
 * lamp and its beam; a palette of the studio's lamps to place more. Lamps are
 * dragged, aimed by their handle and set by keys; every change is a command on
 * the production's stack, and the preview follows while the mouse moves.
 */
public class LightPlotView extends LightingViewPart {
	private final PlotContext context = new PlotContext(feed());
	private final FixturePalette palette = new FixturePalette();
	private EmptyState empty;
	private Combo chooser;
	private Label status;
	private PlanViewer planViewer;
	private GraphicalViewer viewer;
	private PaletteViewer paletteViewer;
	private PlotActions actions;
	private List<LightingSetup> listed = List.of();
	private PlotFit fit;

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, this::createSetup).button(Messages.newSetup, this::createSetup);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		GridLayout grid = new GridLayout(3, false);
		grid.marginWidth = 2;
		grid.marginHeight = 2;
		body.setLayout(grid);
		new Label(body, SWT.NONE).setText(Messages.setupLabel);
		chooser = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		chooser.setToolTipText(Messages.setupTip);
		chooser.addListener(SWT.Selection, e -> {
			int i = chooser.getSelectionIndex();
			if (i >= 0 && i < listed.size()) {
				feed().select(listed.get(i));
			}
		});
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		paletteViewer = new LampPaletteViewer();
		paletteViewer.createControl(sash);
		planViewer = new PlanViewer(sash, PlotPartFactory.of(context), this::document);
		viewer = planViewer.viewer();
		sash.setWeights(new int[] { 28, 72 });
		viewer.getControl().setBackground(new Color(44, 46, 52));
		fit = new PlotFit(viewer, zoomManager());
		DefaultEditDomain domain = planViewer.domain();
		domain.setPaletteViewer(paletteViewer);
		domain.setPaletteRoot(palette.root());
		paletteViewer.addDragSourceListener(PaletteEntries.dragSource(paletteViewer));
		viewer.addDropTargetListener(new TemplateTransferDropTargetListener(viewer) {
			@Override
			protected CreationFactory getFactory(Object template) {
				return template instanceof FixtureType t ? FixturePalette.factory(t) : super.getFactory(template);
			}
		});
		empty.content(body);
		actions = new PlotActions(viewer, context, zoomManager(), this::createSetup, fit::fit);
		viewer.setKeyHandler(new PlotKeyHandler(viewer, actions));
		IActionBars bars = getViewSite().getActionBars();
		actions.fill(bars.getToolBarManager(), bars.getMenuManager());
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.deleteAction());
		getSite().setSelectionProvider(planViewer.selection());
		viewer.addSelectionChangedListener(e -> actions.update());
		startFollowing();
	}

	@Override
	protected void refresh() {
		if (empty == null || empty.control().isDisposed()) {
			return;
		}
		Production p = production();
		actions.update();
		if (p == null) {
			clear();
			empty.show(Messages.noProduction);
			return;
		}
		listed = Setups.of(p);
		if (listed.isEmpty()) {
			clear();
			empty.show(p.getShotList() == null || p.getShotList().getSetups().isEmpty() ? Messages.noCameras : Messages.noSetups, true);
			return;
		}
		LightingSetup s = setup();
		String[] names = listed.stream().map(Setups::name).toArray(String[]::new);
		if (!java.util.Arrays.equals(names, chooser.getItems())) {
			chooser.setItems(names);
			chooser.getParent().layout(true);
		}
		chooser.select(s == null ? -1 : listed.indexOf(s));
		palette.update(Setups.studio(p), s);
		showSetup(s);
		empty.show(null);
		status.setText(s == null ? "" : PlotStatus.of(s, feed())); //$NON-NLS-1$
	}

	private void clear() {
		planViewer.clear();
		palette.update(null, null);
	}

	private void showSetup(LightingSetup s) {
		if (s == null) {
			clear();
		} else if (planViewer.show(s)) {
			((SetupEditPart) viewer.getContents()).showGhosts(feed().ghosts());
			fit.fitSoon();
		}
	}

	@Override
	public void setupChanged(LightingSetup setup) {
		refresh();
	}

	@Override
	public void sceneChanged(LightScene scene, boolean transientScene) {
		if (!transientScene && status != null && !status.isDisposed() && setup() != null) {
			status.setText(PlotStatus.of(setup(), feed()));
		}
	}

	@Override
	public void ghostsChanged(List<PlacedFixture> ghosts) {
		if (viewer != null && viewer.getContents() instanceof SetupEditPart part) {
			part.showGhosts(ghosts);
		}
	}

	/** Creates a lighting set-up, asking which camera set-up it lights. */
	public void createSetup() {
		Production p = production();
		if (p == null) {
			return;
		}
		CameraSetup camera = SetupDialogs.chooseCamera(getSite().getShell(), p);
		if (camera != null) {
			createSetup(camera);
		}
	}

	/** Creates a lighting set-up for a camera set-up in one command and shows it; returns it (null without a production). */
	public LightingSetup createSetup(CameraSetup camera) {
		Production p = production();
		if (p == null || camera == null) {
			return null;
		}
		document().domain().getCommandStack().execute(LightingCommands.createSetup(document().domain(), p, camera));
		List<LightingSetup> all = Setups.of(p);
		LightingSetup made = all.isEmpty() ? null : all.get(all.size() - 1);
		feed().select(made);
		return made;
	}

	/** The plot's viewer (for tests). */
	public GraphicalViewer viewer() {
		return viewer;
	}

	/** The zoom of the plot. */
	public ZoomManager zoomManager() {
		return planViewer.zoom();
	}

	/** The palette entries' model (for tests). */
	FixturePalette palette() {
		return palette;
	}

	/** The plot's actions (for tests). */
	PlotActions actions() {
		return actions;
	}

	/** Whether the empty-state sentence is shown (for tests). */
	public boolean showsEmptyState() {
		return empty.showsMessage();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		T shared = planViewer == null ? null : planViewer.adapter(adapter);
		return shared != null ? shared : super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		empty.focus(viewer.getControl());
	}
}
