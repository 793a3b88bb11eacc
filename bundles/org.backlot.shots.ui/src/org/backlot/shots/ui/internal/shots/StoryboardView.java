// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.api.Shots;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The storyboard of the selected scene: a scrolled grid of its shots' frames (a shot without one shows an
 * empty box), with Import Image..., Draw..., Remove Frame and Export PDF... Follows the selected scene or shot.
 */
public class StoryboardView extends ProductionViewPart {
	private Scene scene;
	private EmptyState empty;
	private ScrolledComposite scroll;
	private Composite grid;
	private final List<FrameTile> tiles = new ArrayList<>();
	private FrameTile selected;
	private StoryboardActions actions;
	/** What the tiles show, to skip rebuilding them (and re-reading images) when other parts of the model change. */
	private String shown;

	@Override
	public void createPartControl(Composite parent) {
		actions = new StoryboardActions(this);
		empty = new EmptyState(parent, this::openShotList).insertRunsLink();
		scroll = new ScrolledComposite(empty.parent(), SWT.V_SCROLL | SWT.BORDER);
		empty.content(scroll);
		grid = new Composite(scroll, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.spacing = 8;
		rows.marginWidth = 8;
		rows.marginHeight = 8;
		grid.setLayout(rows);
		grid.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		scroll.setContent(grid);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> layoutGrid());
		actions.contribute(getViewSite().getActionBars().getToolBarManager());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fill);
		grid.setMenu(menu.createContextMenu(grid));
		followSelection(this::follow);
		startTracking();
	}

	private void follow(org.eclipse.ui.IWorkbenchPart part, ISelection selection) {
		Scene s = ShotSelections.scene(selection);
		if (s == null || !ShotSelections.belongs(s, production())) {
			return;
		}
		Object first = ((IStructuredSelection) selection).getFirstElement();
		if (s != scene) {
			scene = s;
			refresh();
		}
		if (first instanceof Shot shot) {
			tiles.stream().filter(t -> t.shot() == shot).findFirst().ifPresent(this::select);
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
		if (grid == null || grid.isDisposed()) {
			return;
		}
		Production p = production();
		if (p == null || !ShotSelections.belongs(scene, p)) {
			clear();
			shown = null;
			scene = null;
			empty.show(Messages.selectScene);
			setContentDescription(""); //$NON-NLS-1$
			actions.update();
			return;
		}
		List<Shot> shots = Shots.of(p, scene);
		Path file = ShotSelections.file(p);
		String now = signature(shots, file);
		if (now.equals(shown)) {
			actions.update();
			return;
		}
		shown = now;
		Shot keepShot = selected == null ? null : selected.shot();
		StoryboardFrame keepFrame = selected == null ? null : selected.frame();
		clear();
		setContentDescription(NLS.bind(Messages.sceneTitle, scene.getNumber(), scene.getHeading() == null ? "" : scene.getHeading())); //$NON-NLS-1$
		for (Shot s : shots) {
			List<StoryboardFrame> frames = s.getFrames().isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(s.getFrames());
			for (StoryboardFrame f : frames) {
				tiles.add(new FrameTile(grid, s, f, file, this::clicked));
			}
		}
		empty.show(shots.isEmpty() ? Messages.noShotsStoryboard : null);
		FrameTile again = tiles.stream().filter(t -> t.shot() == keepShot && t.frame() == keepFrame).findFirst()
				.orElse(tiles.stream().filter(t -> t.shot() == keepShot).findFirst().orElse(null));
		if (again != null) {
			select(again);
		}
		layoutGrid();
		actions.update();
	}

	private String signature(List<Shot> shots, Path file) {
		StringBuilder b = new StringBuilder(String.valueOf(file)).append('|').append(System.identityHashCode(scene)).append('|')
				.append(scene.getNumber()).append('|').append(scene.getHeading());
		for (Shot s : shots) {
			b.append('\n').append(System.identityHashCode(s)).append('|').append(s.getNumber()).append('|').append(s.getSize())
					.append('|').append(s.getAngle()).append('|').append(s.getMovement()).append('|').append(s.getLensMm())
					.append('|').append(s.getSetup() == null ? null : s.getSetup().getName()).append('|')
					.append(s.getSetupMinutes()).append('|').append(s.getShootMinutes()).append('|').append(s.getDescription());
			for (StoryboardFrame f : s.getFrames()) {
				b.append('|').append(System.identityHashCode(f)).append(':').append(f.getImagePath());
			}
		}
		return b.toString();
	}

	private void clicked(Event e) {
		if (e.widget.getData() instanceof FrameTile t) {
			select(t);
		}
	}

	private void select(FrameTile t) {
		if (selected != null && !selected.control().isDisposed()) {
			selected.selected(false);
		}
		selected = t;
		if (t != null) {
			t.selected(true);
			t.control().setFocus();
		}
		actions.update();
	}

	private void clear() {
		for (FrameTile t : tiles) {
			t.dispose();
		}
		tiles.clear();
		selected = null;
	}

	private void layoutGrid() {
		int width = scroll.getClientArea().width;
		Point size = grid.computeSize(Math.max(width, FrameTile.WIDTH + 24), SWT.DEFAULT);
		scroll.setMinSize(size);
		grid.layout(true);
	}

	private void openShotList() {
		try {
			getSite().getPage().showView(org.backlot.shots.ui.internal.ShotsUi.SHOTLIST_VIEW);
		} catch (org.eclipse.ui.PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	/** The scene shown, or null. */
	Scene scene() {
		return scene;
	}

	/** The shot of the selected tile, or null. */
	Shot selectedShot() {
		return selected == null ? null : selected.shot();
	}

	/** The selected frame, or null (none selected, or a shot without frames). */
	StoryboardFrame selectedFrame() {
		return selected == null ? null : selected.frame();
	}

	/** Shows a scene (tests). */
	void showScene(Scene s) {
		scene = s;
		shown = null;
		refresh();
	}

	/** The number of tiles shown (tests). */
	int tileCount() {
		return tiles.size();
	}

	@Override
	public void setFocus() {
		if (selected != null && !selected.control().isDisposed()) {
			selected.control().setFocus();
		} else {
			scroll.setFocus();
		}
	}

	@Override
	public void dispose() {
		clear();
		super.dispose();
	}
}
