// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;

import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Violation;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Each hard constraint with a green tick or a red cross and why it holds (or
 * where it breaks), and, for an infeasible run, the violations that blocked it.
 */
final class ConstraintTable {
	private static final int MAX_LISTED = 12;
	private final Table table;

	ConstraintTable(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(false);
		TableColumn mark = new TableColumn(table, SWT.CENTER);
		mark.setWidth(28);
		TableColumn name = new TableColumn(table, SWT.LEFT);
		name.setText(Messages.columnConstraint);
		name.setWidth(170);
		TableColumn why = new TableColumn(table, SWT.LEFT);
		why.setText(Messages.columnExplanation);
		why.setWidth(420);
	}

	/** The control. */
	Table control() {
		return table;
	}

	/** Shows the statuses and, when not empty, the blocking violations first. */
	void show(List<ConstraintStatus> statuses, List<Violation> blocking) {
		table.removeAll();
		Color green = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		Color red = table.getDisplay().getSystemColor(SWT.COLOR_RED);
		if (blocking != null && !blocking.isEmpty()) {
			TableItem head = new TableItem(table, SWT.NONE);
			head.setText(new String[] { "\u2718", Messages.notFeasible, Messages.notFeasibleExplanation }); //$NON-NLS-1$
			head.setForeground(0, red);
			violations(blocking, red);
		}
		for (ConstraintStatus s : statuses) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { s.holds() ? "\u2714" : "\u2718", s.label(), s.explanation() == null ? "" : s.explanation() }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			item.setForeground(0, s.holds() ? green : red);
			item.setData(s);
			violations(s.violations(), red);
		}
	}

	private void violations(List<Violation> list, Color red) {
		for (int i = 0; i < list.size() && i < MAX_LISTED; i++) {
			Violation v = list.get(i);
			TableItem item = new TableItem(table, SWT.NONE);
			String where = v.day() >= 0 ? NLS.bind(Messages.dayNumber, v.day() + 1) : ""; //$NON-NLS-1$
			item.setText(new String[] { "", where, v.message() }); //$NON-NLS-1$
			item.setForeground(2, red);
			item.setData(v);
		}
		if (list.size() > MAX_LISTED) {
			new TableItem(table, SWT.NONE).setText(new String[] { "", "", NLS.bind(Messages.moreViolations, list.size() - MAX_LISTED) }); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
