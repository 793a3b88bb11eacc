// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The view toolbar's combo of the production's boards; choosing one makes it active (a command). */
final class BoardSelector extends ControlContribution {
	private Combo combo;
	private final List<Schedule> boards = new ArrayList<>();
	private final Consumer<Schedule> choose;
	private Production shown;

	BoardSelector(Consumer<Schedule> choose) {
		super("org.backlot.shots.ui.board.selector"); //$NON-NLS-1$
		this.choose = choose;
	}

	@Override
	protected Control createControl(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(Messages.activeBoardTip);
		combo.addListener(SWT.Selection, e -> {
			int i = combo.getSelectionIndex();
			if (i >= 0 && i < boards.size()) {
				choose.accept(boards.get(i));
			}
		});
		show(shown);
		return combo;
	}

	@Override
	protected int computeWidth(Control control) {
		return Math.max(160, super.computeWidth(control));
	}

	/** Lists the production's boards, the active one selected. */
	void show(Production p) {
		shown = p;
		if (combo == null || combo.isDisposed()) {
			return;
		}
		boards.clear();
		List<String> names = new ArrayList<>();
		if (p != null) {
			for (Schedule s : p.getSchedules()) {
				boards.add(s);
				names.add(s.getName() == null || s.getName().isEmpty() ? Messages.unnamedBoard : s.getName());
			}
		}
		if (!names.equals(List.of(combo.getItems()))) {
			combo.setItems(names.toArray(String[]::new));
		}
		Schedule active = p == null ? null : Boards.active(p);
		int i = boards.indexOf(active);
		if (i >= 0) {
			combo.select(i);
		} else {
			combo.deselectAll();
		}
		combo.setEnabled(!boards.isEmpty());
	}
}
