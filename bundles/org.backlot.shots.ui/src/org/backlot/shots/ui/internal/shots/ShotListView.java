// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotSize;
import org.backlot.shots.api.ShotLabels;
import org.backlot.shots.api.Shots;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The shot list of the selected scene: number, size, angle, movement, lens, set-up, description and minutes,
 * edited in place (each edit one command); add, delete, renumber and a new set-up from the toolbar, the
 * context menu, Insert and Delete. The selected shots are the view's selection.
 */
public class ShotListView extends ProductionViewPart {
	private Scene scene;
	private TableViewer viewer;
	private EmptyState empty;
	private Label footer;
	private ShotListActions actions;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout();
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		body.setLayout(grid);
		actions = new ShotListActions(this);
		empty = new EmptyState(body, actions::addShot).insertRunsLink();
		empty.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(empty.parent(), SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		empty.content(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		footer = new Label(body, SWT.NONE);
		footer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		columns();
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
			}
		};
		TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.getControl().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.INSERT) {
				actions.addShot();
			} else if (e.keyCode == SWT.DEL) {
				actions.delete();
			}
		});
		viewer.addSelectionChangedListener(e -> actions.update());
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		actions.contribute(bar);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fill);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);
		followSelection((part, selection) -> follow(ShotSelections.scene(selection)));
		startTracking();
	}

	private void columns() {
		ShotEditing.Editor editor = this::edit;
		column(Messages.columnNumber, 56, Shot::getNumber, ShotEditing.text(viewer, editor, Messages.editNumber, Shot::getNumber,
				this::freeNumber, Messages.numberProblem, Shot::setNumber));
		column(Messages.columnSize, 70, s -> ShotLabels.size(s.getSize()), ShotEditing.choice(viewer, editor, Messages.editSize,
				() -> ShotSize.VALUES, ShotLabels::size, Shot::getSize, Shot::setSize));
		column(Messages.columnAngle, 80, s -> ShotLabels.angle(s.getAngle()), ShotEditing.choice(viewer, editor, Messages.editAngle,
				() -> CameraAngle.VALUES, ShotLabels::angle, Shot::getAngle, Shot::setAngle));
		column(Messages.columnMovement, 84, s -> ShotLabels.movement(s.getMovement()), ShotEditing.choice(viewer, editor,
				Messages.editMovement, () -> CameraMovement.VALUES, ShotLabels::movement, Shot::getMovement, Shot::setMovement));
		column(Messages.columnLens, 60, s -> ShotLabels.lens(s.getLensMm()), ShotEditing.text(viewer, editor, Messages.editLens,
				s -> ShotLabels.number(s.getLensMm()), ShotEditing::lens, Messages.lensProblem, Shot::setLensMm));
		column(Messages.columnSetup, 150, s -> setupName(s.getSetup()), ShotEditing.choice(viewer, editor, Messages.editSetup,
				this::setups, ShotListView::setupName, Shot::getSetup, Shot::setSetup));
		column(Messages.columnDescription, 280, Shot::getDescription, ShotEditing.text(viewer, editor, Messages.editDescription,
				Shot::getDescription, s -> s, "", (s, v) -> s.setDescription(v.isBlank() ? null : v))); //$NON-NLS-1$
		column(Messages.columnSetupMinutes, 70, s -> Integer.toString(s.getSetupMinutes()), ShotEditing.text(viewer, editor,
				Messages.editSetupMinutes, s -> Integer.toString(s.getSetupMinutes()), ShotEditing::minutes, Messages.minutesProblem,
				Shot::setSetupMinutes));
		column(Messages.columnShootMinutes, 70, s -> Integer.toString(s.getShootMinutes()), ShotEditing.text(viewer, editor,
				Messages.editShootMinutes, s -> Integer.toString(s.getShootMinutes()), ShotEditing::minutes, Messages.minutesProblem,
				Shot::setShootMinutes));
	}

	private void column(String title, int width, Function<Shot, String> text, EditingSupport editing) {
		TableViewerColumn c = TableColumns.text(viewer, Shot.class, title, width, text);
		c.setEditingSupport(editing);
	}

	/** The typed number when no other shot of the scene has it, else null. */
	private String freeNumber(String typed) {
		String n = typed.strip();
		if (n.isEmpty() || scene == null) {
			return null;
		}
		Object editing = viewer.getStructuredSelection().getFirstElement();
		for (Shot s : Shots.of(production(), scene)) {
			if (s != editing && n.equalsIgnoreCase(s.getNumber())) {
				return null;
			}
		}
		return n;
	}

	private List<CameraSetup> setups() {
		List<CameraSetup> result = new ArrayList<>();
		result.add(null);
		if (production() != null && production().getShotList() != null) {
			result.addAll(production().getShotList().getSetups());
		}
		return result;
	}

	/** A set-up's name, "(none)" for none. */
	static String setupName(CameraSetup c) {
		if (c == null) {
			return Messages.noSetup;
		}
		return c.getName() == null || c.getName().isBlank() ? Messages.unnamedSetup : c.getName();
	}

	private void follow(Scene s) {
		if (s != null && s != scene && ShotSelections.belongs(s, production())) {
			scene = s;
			refresh();
		}
	}

	@Override
	protected void show(ProductionDocument doc) {
		if (!ShotSelections.belongs(scene, production())) {
			scene = null;
		}
		refresh();
	}

	@Override
	protected void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Production p = production();
		if (p == null || !ShotSelections.belongs(scene, p)) {
			scene = null;
			viewer.setInput(List.of());
			empty.show(Messages.selectScene);
			footer.setText(""); //$NON-NLS-1$
			setContentDescription(""); //$NON-NLS-1$
			actions.update();
			return;
		}
		List<Shot> shots = Shots.of(p, scene);
		if (viewer.isCellEditorActive() && viewer.getInput() instanceof Object[] old && Arrays.equals(shots.toArray(), old)) {
			viewer.refresh();
		} else {
			viewer.setInput(shots.toArray());
		}
		empty.show(shots.isEmpty() ? Messages.noShots : null);
		setContentDescription(NLS.bind(Messages.sceneTitle, scene.getNumber(), scene.getHeading() == null ? "" : scene.getHeading())); //$NON-NLS-1$
		int minutes = Shots.minutes(p, scene);
		footer.setText(NLS.bind(Messages.footer, new Object[] { shots.size(), Shots.setupCount(p, scene), minutes,
				String.format("%d:%02d", minutes / 60, minutes % 60) })); //$NON-NLS-1$
		footer.getParent().layout(true);
		actions.update();
	}

	/** The scene shown, or null. */
	Scene scene() {
		return scene;
	}

	/** Shows a scene (tests, and the actions after adding). */
	void showScene(Scene s) {
		scene = s;
		refresh();
	}

	/** The selected shots. */
	List<Shot> selectedShots() {
		List<Shot> result = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection()) {
			if (o instanceof Shot s) {
				result.add(s);
			}
		}
		return result;
	}

	/** Selects a shot and reveals it. */
	void select(Shot shot) {
		viewer.setSelection(new StructuredSelection(shot), true);
	}

	/** The table (tests). */
	TableViewer viewer() {
		return viewer;
	}

	/** The actions (tests). */
	ShotListActions actions() {
		return actions;
	}

	@Override
	public void setFocus() {
		empty.focus(viewer.getControl());
	}
}
