// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.CostTerm;
import org.backlot.schedule.api.Costs;
import org.backlot.schedule.api.Plan;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Compare Boards: two boards' cost terms side by side with their differences, and the scenes on different days. */
final class CompareBoardsDialog extends Dialog {
	private final Production production;
	private Combo left;
	private Combo right;
	private Table costs;
	private Table scenes;

	CompareBoardsDialog(Shell shell, Production production) {
		super(shell);
		this.production = production;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.compareTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(4, false));
		left = combo(area, Messages.compareBoardA, 0);
		right = combo(area, Messages.compareBoardB, 1);
		costs = table(area, 260, Messages.columnTerm, Messages.compareCountA, Messages.compareCostA, Messages.compareCountB,
				Messages.compareCostB, Messages.columnDifference);
		scenes = table(area, 200, Messages.columnScene, Messages.compareDayA, Messages.compareDayB);
		compare();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		close();
	}

	private Combo combo(Composite parent, String label, int initial) {
		new Label(parent, SWT.NONE).setText(label);
		Combo c = new Combo(parent, SWT.READ_ONLY);
		for (Schedule s : production.getSchedules()) {
			c.add(s.getName() == null ? Messages.unnamedBoard : s.getName());
		}
		int active = production.getSchedules().indexOf(Boards.active(production));
		c.select(initial == 0 ? Math.max(0, active) : active == 0 ? Math.min(1, c.getItemCount() - 1) : 0);
		c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		c.addListener(SWT.Selection, e -> compare());
		return c;
	}

	private static Table table(Composite parent, int height, String... columns) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		data.heightHint = height;
		data.widthHint = 640;
		t.setLayoutData(data);
		for (int i = 0; i < columns.length; i++) {
			TableColumn c = new TableColumn(t, i == 0 ? SWT.LEFT : SWT.RIGHT);
			c.setText(columns[i]);
			c.setWidth(i == 0 ? 180 : 90);
		}
		return t;
	}

	private void compare() {
		Schedule a = production.getSchedules().get(left.getSelectionIndex());
		Schedule b = production.getSchedules().get(right.getSelectionIndex());
		Plan pa = Boards.read(a);
		Plan pb = Boards.read(b);
		CostBreakdown ca = Costs.of(production, a, pa);
		CostBreakdown cb = Costs.of(production, b, pb);
		costs.removeAll();
		for (CostTerm ta : ca.terms()) {
			CostTerm tb = cb.term(ta.key());
			double countB = tb == null ? 0 : tb.count();
			double costB = tb == null ? 0 : tb.cost();
			row(costs, ta.label(), Texts.count(ta.count()), Texts.money(ta.cost()), Texts.count(countB), Texts.money(costB),
					Texts.money(costB - ta.cost()));
		}
		row(costs, Messages.totalCost, "", Texts.money(ca.total()), "", Texts.money(cb.total()), //$NON-NLS-1$ //$NON-NLS-2$
				Texts.money(cb.total() - ca.total()) + "  (" + Texts.change(ca.total(), cb.total()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		row(costs, Messages.shootDays, Integer.toString(pa.dayCount()), "", Integer.toString(pb.dayCount()), "", //$NON-NLS-1$ //$NON-NLS-2$
				Integer.toString(pb.dayCount() - pa.dayCount()));
		scenes.removeAll();
		List<Scene> all = new ArrayList<>(Boards.schedulable(production));
		for (Scene s : all) {
			int da = pa.dayOf(s);
			int db = pb.dayOf(s);
			if (da != db) {
				row(scenes, s.getNumber() + "  " + (s.getSetName() == null ? "" : s.getSetName()), day(da), day(db)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (scenes.getItemCount() == 0) {
			row(scenes, Messages.compareSame, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String day(int d) {
		return d < 0 ? Messages.unscheduled : NLS.bind(Messages.dayNumber, d + 1);
	}

	private static void row(Table t, String... cells) {
		new TableItem(t, SWT.NONE).setText(cells);
	}
}
