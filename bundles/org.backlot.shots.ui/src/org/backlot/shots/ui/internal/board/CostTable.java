// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.CostTerm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The cost terms of the current board beside a proposal's: count, cost and the change in per cent. */
final class CostTable {
	private final Table table;

	CostTable(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] titles = { Messages.columnTerm, Messages.columnCurrentCount, Messages.columnCurrentCost, Messages.columnProposalCount,
				Messages.columnProposalCost, Messages.columnChange };
		for (int i = 0; i < titles.length; i++) {
			TableColumn c = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			c.setText(titles[i]);
			c.setWidth(i == 0 ? 150 : 84);
		}
	}

	/** The control. */
	Table control() {
		return table;
	}

	/** Shows the current board's terms and, when not null, the proposal's. */
	void show(CostBreakdown current, CostBreakdown proposal) {
		table.removeAll();
		if (current == null) {
			return;
		}
		for (CostTerm t : current.terms()) {
			CostTerm p = proposal == null ? null : proposal.term(t.key());
			new TableItem(table, SWT.NONE).setText(new String[] { t.label(), Texts.count(t.count()), Texts.money(t.cost()),
					p == null ? "" : Texts.count(p.count()), p == null ? "" : Texts.money(p.cost()), //$NON-NLS-1$ //$NON-NLS-2$
					p == null ? "" : Texts.change(t.cost(), p.cost()) }); //$NON-NLS-1$
		}
		TableItem total = new TableItem(table, SWT.NONE);
		total.setText(new String[] { Messages.totalCost, "", Texts.money(current.total()), "", //$NON-NLS-1$ //$NON-NLS-2$
				proposal == null ? "" : Texts.money(proposal.total()), //$NON-NLS-1$
				proposal == null ? "" : Texts.change(current.total(), proposal.total()) }); //$NON-NLS-1$
		total.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		for (TableColumn c : table.getColumns()) {
			c.pack(); // the header and every value readable
		}
	}
}
