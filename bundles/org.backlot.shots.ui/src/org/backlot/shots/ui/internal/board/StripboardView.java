// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Constraints;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The stripboard of the active board: strips in shooting order coloured by
 * INT/EXT and day/night, black day banners, the unscheduled strips last.
 * Strips are selected, dragged, pinned, split into days, all as undoable
 * commands; the selected scene is published to the other views and a scene
 * selected elsewhere is scrolled to.
 */
public class StripboardView extends ProductionViewPart {
	private StripCanvas canvas;
	private EmptyState empty;
	private BoardCommands commands;
	private BoardActions actions;
	private BoardSelector selector;
	private SelectionPublisher provider;
	private final IPropertyChangeListener colours = e -> {
		if (e.getProperty().startsWith("stripboard.") && canvas != null && !canvas.control().isDisposed()) { //$NON-NLS-1$
			canvas.control().redraw();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		commands = new BoardCommands(this);
		actions = new BoardActions(this, commands);
		empty = new EmptyState(parent, null).button(Messages.createBoard, () -> actions.createDefault());
		canvas = new StripCanvas(empty.parent(), new StripRenderer(new StripColours(resources)));
		empty.content(canvas.control());
		canvas.tooltips(r -> production() == null ? null : StripTooltips.text(production(), canvas.rows(), r));
		new StripDrag(canvas, new StripDrag.Target() {
			@Override
			public void dropScenes(List<Scene> scenes, int token) {
				commands.move(scenes, token);
			}

			@Override
			public void dropDay(int day, int gap) {
				moveDayToGap(day, gap);
			}
		});
		canvas.control().addListener(SWT.KeyDown, actions::key);
		provider = new SelectionPublisher(this::select);
		canvas.onSelection(this::publish);
		getSite().setSelectionProvider(provider);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fillMenu);
		canvas.control().setMenu(menu.createContextMenu(canvas.control()));
		getSite().registerContextMenu(menu, provider);
		selector = new BoardSelector(commands::setActive);
		actions.fillToolBar(getViewSite().getActionBars().getToolBarManager(), selector);
		getViewSite().getActionBars().updateActionBars();
		BacklotUi.preferences().addPropertyChangeListener(colours);
		followSelection(this::follow);
		startTracking();
	}

	@Override
	protected void refresh() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		Production p = production();
		selector.show(p);
		Schedule board = p == null ? null : Boards.active(p);
		if (p == null) {
			empty.show(Messages.noProduction, false);
		} else if (board == null) {
			empty.show(Messages.noBoard, true);
		} else {
			empty.show(null, false);
			canvas.setRows(BoardRows.of(p, board, check(p, board)));
		}
		actions.update();
	}

	private static List<ConstraintStatus> check(Production p, Schedule board) {
		try {
			return Constraints.check(p, board, Boards.read(board));
		} catch (RuntimeException e) {
			ILog.of(StripboardView.class).error("constraint check failed", e); //$NON-NLS-1$
			return List.of();
		}
	}

	private void publish() {
		List<Object> selection = new ArrayList<>(canvas.selection());
		Row banner = canvas.selectedBanner();
		if (selection.isEmpty() && banner != null && banner.shootDay() != null) {
			selection.add(banner.shootDay());
		}
		actions.update();
		provider.publish(selection);
	}

	private void select(ISelection selection) {
		if (selection instanceof IStructuredSelection s) {
			List<Scene> scenes = new ArrayList<>();
			for (Object o : s.toList()) {
				Scene scene = sceneOf(o);
				if (scene != null) {
					scenes.add(scene);
				}
			}
			canvas.select(scenes, true);
			publish();
		}
	}

	private void follow(IWorkbenchPart part, ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || canvas.control().isDisposed() || canvas.rows() == null) {
			return;
		}
		Scene scene = sceneOf(s.getFirstElement());
		if (scene != null && canvas.rows().indexOf(scene) >= 0 && !canvas.selection().equals(List.of(scene))) {
			canvas.select(List.of(scene), true);
			actions.update();
		}
	}

	/** The scene an object selected elsewhere stands for (a scene, a strip, a shot, anything inside a scene). */
	static Scene sceneOf(Object o) {
		if (o instanceof Strip strip) {
			return strip.getScene();
		}
		if (o instanceof org.backlot.model.shots.Shot shot) {
			return shot.getScene();
		}
		if (o instanceof org.backlot.model.breakdown.ElementOccurrence occ) {
			return occ.getScene();
		}
		for (Object c = o; c instanceof org.eclipse.emf.ecore.EObject eo; c = eo.eContainer()) {
			if (c instanceof Scene scene) {
				return scene;
			}
		}
		return null;
	}

	private void moveDayToGap(int day, int gap) {
		BoardRows rows = canvas.rows();
		int to = 0;
		for (int i = 0; i < gap && i < rows.size(); i++) {
			if (rows.get(i).kind() == Kind.DAY) {
				to = rows.get(i).day() + 1;
			}
		}
		if (to > day) {
			to--; // counted after the day is taken out
		}
		commands.moveDay(day, to);
	}

	/** The canvas (for the actions). */
	StripCanvas canvas() {
		return canvas;
	}

	/** The selected scenes, in board order. */
	public List<Scene> selectedScenes() {
		return canvas == null ? List.of() : canvas.selection();
	}

	/** The 0-based day of the selected banner or of the first selected strip, or -1. */
	public int selectedDay() {
		if (canvas == null || canvas.rows() == null) {
			return -1;
		}
		Row banner = canvas.selectedBanner();
		if (banner != null) {
			return banner.day();
		}
		List<Scene> scenes = canvas.selection();
		return scenes.isEmpty() ? -1 : canvas.rows().get(canvas.rows().indexOf(scenes.get(0))).day();
	}

	/** Selects scenes as if clicked, and publishes them. */
	public void selectScenes(List<Scene> scenes) {
		canvas.select(scenes, true);
		publish();
	}

	/** Moves scenes to the end of a shoot day (1-based; 0: to the unscheduled) as one command; false when nothing changed. */
	public boolean move(List<Scene> scenes, int dayNumber) {
		return commands.moveToDay(scenes, dayNumber);
	}

	/** The board's edits (insert break, pin, boards...). */
	public BoardCommands commands() {
		return commands;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		BacklotUi.preferences().removePropertyChangeListener(colours);
		super.dispose();
	}
}
