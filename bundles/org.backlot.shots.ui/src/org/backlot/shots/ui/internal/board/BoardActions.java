// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The stripboard's actions, in its context menu, toolbar and keys (B day
 * break, P pin, W weather cover, U unschedule, Alt+Up/Down move the strip).
 */
final class BoardActions {
	private final StripboardView view;
	private final BoardCommands commands;
	final IAction insertBreak = action(Messages.actionInsertBreak, 'B', this::insertBreak);
	final IAction removeBreak = action(Messages.actionRemoveBreak, 0, this::removeBreak);
	final IAction pin = action(Messages.actionPin, 'P', () -> commands().togglePinned(scenes()));
	final IAction cover = action(Messages.actionCover, 'W', () -> commands().toggleWeatherCover(scenes()));
	final IAction unschedule = action(Messages.actionUnschedule, 'U', () -> commands().unschedule(scenes()));
	final IAction newBoard = action(Messages.actionNewBoard, 0, this::newBoard);
	final IAction duplicate = action(Messages.actionDuplicateBoard, 0, this::duplicate);
	final IAction rename = action(Messages.actionRenameBoard, 0, this::rename);
	final IAction delete = action(Messages.actionDeleteBoard, 0, this::delete);
	final IAction compare = action(Messages.actionCompareBoards, 0, this::compare);
	final IAction callSheet;

	BoardActions(StripboardView view, BoardCommands commands) {
		this.view = view;
		this.commands = commands;
		callSheet = new CallSheetAction(view);
	}

	private BoardCommands commands() {
		return commands;
	}

	private List<Scene> scenes() {
		return view.selectedScenes();
	}

	private static IAction action(String text, int key, Runnable run) {
		Action a = new Action(key == 0 ? text : text + "\t" + (char) key) { //$NON-NLS-1$
			@Override
			public void run() {
				run.run();
			}
		};
		return a;
	}

	/** Fills the view's toolbar. */
	void fillToolBar(IToolBarManager bar, BoardSelector selector) {
		bar.add(selector);
		bar.add(newBoard);
		bar.add(compare);
		bar.add(new Separator());
		bar.add(callSheet);
	}

	/** Fills the context menu for the current selection. */
	void fillMenu(IMenuManager menu) {
		update();
		menu.add(insertBreak);
		menu.add(removeBreak);
		menu.add(new Separator());
		menu.add(pin);
		menu.add(cover);
		menu.add(unschedule);
		menu.add(new Separator());
		menu.add(callSheet);
		menu.add(new Separator());
		menu.add(newBoard);
		menu.add(duplicate);
		menu.add(rename);
		menu.add(delete);
		menu.add(compare);
	}

	/** Enables what applies to the selection and the production. */
	void update() {
		Production p = view.production();
		Schedule board = commands.board();
		List<Scene> scenes = view.selectedScenes();
		Row banner = view.canvas() == null ? null : view.canvas().selectedBanner();
		insertBreak.setEnabled(board != null && scenes.size() == 1);
		removeBreak.setEnabled(board != null && (banner != null || dayOfSelection() >= 0));
		pin.setEnabled(!scenes.isEmpty());
		cover.setEnabled(!scenes.isEmpty());
		unschedule.setEnabled(!scenes.isEmpty());
		newBoard.setEnabled(p != null);
		duplicate.setEnabled(board != null);
		rename.setEnabled(board != null);
		delete.setEnabled(p != null && p.getSchedules().size() > 1);
		compare.setEnabled(p != null && p.getSchedules().size() > 1);
		callSheet.setEnabled(board != null && view.selectedDay() >= 0);
	}

	/** Handles the letter keys and Alt+arrows on the canvas. */
	void key(Event e) {
		if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
			e.doit = false;
			if (commands.nudge(view.selectedScenes(), e.keyCode == SWT.ARROW_UP ? -1 : 1)) {
				view.canvas().revealOnNextRows();
			}
			return;
		}
		if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
			return;
		}
		update();
		IAction a = switch (Character.toLowerCase(e.character)) {
		case 'b' -> insertBreak;
		case 'p' -> pin;
		case 'w' -> cover;
		case 'u' -> unschedule;
		default -> null;
		};
		if (a != null && a.isEnabled()) {
			a.run();
		}
	}

	private int dayOfSelection() {
		Row banner = view.canvas().selectedBanner();
		if (banner != null) {
			return banner.day();
		}
		return view.selectedDay();
	}

	private void insertBreak() {
		List<Scene> scenes = view.selectedScenes();
		if (scenes.size() == 1) {
			commands.insertBreak(scenes.get(0));
		}
	}

	private void removeBreak() {
		int day = dayOfSelection();
		if (day >= 0) {
			commands.removeBreak(day);
		}
	}

	private String ask(String title, String message, String initial, Schedule self) {
		Production p = view.production();
		IInputValidator unique = text -> {
			if (text.isBlank()) {
				return Messages.nameEmpty;
			}
			return p != null && p.getSchedules().stream().anyMatch(s -> s != self && text.trim().equals(s.getName())) ? NLS.bind(Messages.nameTaken, text.trim())
					: null;
		};
		InputDialog d = new InputDialog(view.getSite().getShell(), title, message, initial, unique);
		return d.open() == Window.OK ? d.getValue().trim() : null;
	}

	private String freeName(String base) {
		Production p = view.production();
		for (int i = p.getSchedules().size() + 1;; i++) {
			String name = NLS.bind(base, i);
			if (p.getSchedules().stream().noneMatch(s -> name.equals(s.getName()))) {
				return name;
			}
		}
	}

	/** Creates a board under the first free default name ("Board 1"): the empty state's button. */
	void createDefault() {
		if (view.production() != null) {
			commands.createBoard(freeName(Messages.boardDefaultName));
		}
	}

	/** Asks for a name and creates a board. */
	void newBoard() {
		if (view.production() == null) {
			return;
		}
		String name = ask(Messages.newBoardTitle, Messages.boardNamePrompt, freeName(Messages.boardDefaultName), null);
		if (name != null) {
			commands.createBoard(name);
		}
	}

	private void duplicate() {
		Schedule board = commands.board();
		if (board != null) {
			String name = ask(Messages.duplicateBoardTitle, Messages.boardNamePrompt, NLS.bind(Messages.copyName, board.getName()), null);
			if (name != null) {
				commands.duplicateBoard(name);
			}
		}
	}

	private void rename() {
		Schedule board = commands.board();
		if (board != null) {
			String name = ask(Messages.renameBoardTitle, Messages.boardNamePrompt, board.getName(), board);
			if (name != null) {
				commands.rename(board, name);
			}
		}
	}

	private void delete() {
		Schedule board = commands.board();
		if (board != null && org.eclipse.jface.dialogs.MessageDialog.openConfirm(view.getSite().getShell(), Messages.deleteBoardTitle,
				NLS.bind(Messages.deleteBoardConfirm, board.getName()))) {
			commands.delete(board);
		}
	}

	private void compare() {
		if (view.production() != null) {
			new CompareBoardsDialog(view.getSite().getShell(), view.production()).open();
		}
	}

	/** Whether a row is a strip. */
	static boolean isStrip(Row r) {
		return r != null && r.kind() == Kind.STRIP;
	}
}
