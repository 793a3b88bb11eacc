// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.osgi.util.NLS;

/**
 * The stripboard's edits, each one undoable command with a label that says
 * what it did ("Move scene 12 to day 3"); every change of order re-dates the
 * board through {@link Boards#apply} in the same command.
 */
final class BoardCommands {
	private final ProductionViewPart view;

	BoardCommands(ProductionViewPart view) {
		this.view = view;
	}

	private Production production() {
		return view.production();
	}

	/** The active board, or null. */
	Schedule board() {
		Production p = production();
		return p == null ? null : Boards.active(p);
	}

	/** Runs an edit of the board's token sequence; one command named by {@code label} given the new plan. Returns whether it changed. */
	private boolean reorder(Consumer<PlanEdits> change, java.util.function.Function<Plan, String> label) {
		Schedule board = board();
		if (board == null) {
			return false;
		}
		PlanEdits edits = new PlanEdits(Boards.read(board));
		List<Scene> before = new java.util.ArrayList<>(edits.tokens());
		change.accept(edits);
		if (before.equals(edits.tokens())) {
			return false;
		}
		Plan plan = edits.plan();
		Production p = production();
		view.edit(label.apply(plan), () -> Boards.apply(p, board, plan));
		return true;
	}

	private static String moveLabel(List<Scene> scenes, Plan plan) {
		int day = plan.dayOf(scenes.get(0));
		return day < 0 ? NLS.bind(Messages.moveToUnscheduledLabel, Texts.scenes(scenes))
				: NLS.bind(Messages.moveLabel, Texts.scenes(scenes), day + 1);
	}

	/** Moves scenes before a token position (a drop). */
	boolean move(List<Scene> scenes, int token) {
		return !scenes.isEmpty() && reorder(e -> e.move(scenes, token), plan -> moveLabel(scenes, plan));
	}

	/** Moves scenes to the end of a shoot day (1-based; 0 or less: to the unscheduled). */
	boolean moveToDay(List<Scene> scenes, int dayNumber) {
		return !scenes.isEmpty() && reorder(e -> e.moveToDay(scenes, dayNumber - 1), plan -> moveLabel(scenes, plan));
	}

	/** Moves the selected strips one place up (-1) or down (+1), across day breaks. */
	boolean nudge(List<Scene> scenes, int direction) {
		Schedule board = board();
		if (scenes.isEmpty() || board == null) {
			return false;
		}
		List<Scene> tokens = new PlanEdits(Boards.read(board)).tokens();
		int first = Integer.MAX_VALUE;
		int last = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i) != null && scenes.contains(tokens.get(i))) {
				first = Math.min(first, i);
				last = i;
			}
		}
		if (last < 0 || direction < 0 && first == 0 || direction > 0 && last == tokens.size() - 1) {
			return false;
		}
		int at = direction < 0 ? first - 1 : last + 2;
		return move(scenes, at);
	}

	/** Sends scenes to the unscheduled strips. */
	boolean unschedule(List<Scene> scenes) {
		return !scenes.isEmpty() && reorder(e -> e.unschedule(scenes), plan -> NLS.bind(Messages.moveToUnscheduledLabel, Texts.scenes(scenes)));
	}

	/** Inserts a day break after the scene. */
	boolean insertBreak(Scene after) {
		return reorder(e -> e.insertBreakAfter(after), plan -> NLS.bind(Messages.insertBreakLabel, after.getNumber()));
	}

	/** Removes the break closing a 0-based day. */
	boolean removeBreak(int day) {
		return reorder(e -> e.removeBreak(day), plan -> NLS.bind(Messages.removeBreakLabel, day + 1));
	}

	/** Moves a 0-based day so that it becomes day {@code to} (0-based). */
	boolean moveDay(int day, int to) {
		return reorder(e -> e.moveDay(day, to), plan -> NLS.bind(Messages.moveDayLabel, day + 1, to + 1));
	}

	/** Pins (or unpins, when all are pinned) the scenes' strips. */
	void togglePinned(List<Scene> scenes) {
		Schedule board = board();
		if (board == null || scenes.isEmpty()) {
			return;
		}
		boolean pin = !scenes.stream().allMatch(s -> strip(board, s) != null && strip(board, s).isPinned());
		view.edit(NLS.bind(pin ? Messages.pinLabel : Messages.unpinLabel, Texts.scenes(scenes)), () -> {
			scenes.forEach(s -> {
				Strip strip = strip(board, s);
				if (strip != null) {
					strip.setPinned(pin);
				}
			});
		});
	}

	/** Marks (or unmarks, when all are marked) the scenes as weather cover. */
	void toggleWeatherCover(List<Scene> scenes) {
		Schedule board = board();
		if (board == null || scenes.isEmpty()) {
			return;
		}
		boolean cover = !scenes.stream().allMatch(s -> strip(board, s) != null && strip(board, s).isWeatherCover());
		view.edit(NLS.bind(cover ? Messages.coverLabel : Messages.uncoverLabel, Texts.scenes(scenes)), () -> {
			scenes.forEach(s -> {
				Strip strip = strip(board, s);
				if (strip != null) {
					strip.setWeatherCover(cover);
				}
			});
		});
	}

	private static Strip strip(Schedule board, Scene s) {
		return Boards.strip(board, s);
	}

	/** Adds a new board with every scene unscheduled and makes it active. */
	void createBoard(String name) {
		Production p = production();
		if (p != null) {
			view.edit(NLS.bind(Messages.newBoardLabel, name), () -> {
				Schedule board = Boards.create(p, name);
				p.getSchedules().add(board);
				p.setActiveSchedule(board);
			});
		}
	}

	/** Copies the active board under a new name and makes the copy active. */
	void duplicateBoard(String name) {
		Production p = production();
		Schedule board = board();
		if (board != null) {
			view.edit(NLS.bind(Messages.duplicateBoardLabel, board.getName(), name), () -> {
				Schedule copy = Boards.copy(board, name);
				p.getSchedules().add(copy);
				p.setActiveSchedule(copy);
			});
		}
	}

	/** Makes a board the active one. */
	void setActive(Schedule board) {
		Production p = production();
		if (p != null && board != null && Boards.active(p) != board) {
			view.edit(NLS.bind(Messages.setActiveLabel, board.getName()), () -> p.setActiveSchedule(board));
		}
	}

	/** Renames the active board. */
	void rename(Schedule board, String name) {
		if (board != null && !name.equals(board.getName())) {
			view.edit(NLS.bind(Messages.renameBoardLabel, board.getName(), name), () -> board.setName(name));
		}
	}

	/** Deletes a board (never the last one); another becomes active if it was. */
	boolean delete(Schedule board) {
		Production p = production();
		if (p == null || board == null || p.getSchedules().size() < 2) {
			return false;
		}
		view.edit(NLS.bind(Messages.deleteBoardLabel, board.getName()), () -> {
			boolean wasActive = Boards.active(p) == board;
			p.getSchedules().remove(board);
			if (wasActive || p.getActiveSchedule() == board) {
				p.setActiveSchedule(p.getSchedules().get(0));
			}
		});
		return true;
	}
}
