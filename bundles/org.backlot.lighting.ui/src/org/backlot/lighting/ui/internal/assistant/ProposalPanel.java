// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.TargetResult;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The proposals (best first), and for the one selected each target wanted against achieved, met in green or missed in red, and what the assistant did in words. */
final class ProposalPanel {
	private static final Color MET = new Color(30, 130, 50);
	private static final Color MISSED = new Color(200, 40, 30);
	private final SashForm sash;
	private final Table proposals;
	private final Table targets;
	private final Text explanation;
	private List<Proposal> shown = List.of();

	/** A panel in the parent; {@code selected} hears of the proposal selected (null: none). */
	ProposalPanel(Composite parent, Consumer<Proposal> selected) {
		sash = new SashForm(parent, SWT.VERTICAL);
		proposals = table(sash, new String[] { Messages.colProposal, Messages.colMet, Messages.colScore }, new int[] { 200, 60, 60 });
		proposals.addListener(SWT.Selection, e -> selected.accept(selected()));
		targets = table(sash, new String[] { Messages.colTarget, Messages.colWanted, Messages.colAchieved, Messages.colMet }, new int[] { 110, 70, 70, 50 });
		explanation = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(new int[] { 30, 35, 35 });
	}

	private static Table table(Composite parent, String[] names, int[] widths) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (int i = 0; i < names.length; i++) {
			TableColumn c = new TableColumn(t, i == 0 ? SWT.LEFT : SWT.RIGHT);
			c.setText(names[i]);
			c.setWidth(widths[i]);
		}
		return t;
	}

	/** The panel (for layout). */
	SashForm control() {
		return sash;
	}

	/** Lists proposals, best first (empty: none), with nothing selected. */
	void show(List<Proposal> list) {
		shown = List.copyOf(list);
		proposals.removeAll();
		for (Proposal p : shown) {
			TableItem item = new TableItem(proposals, SWT.NONE);
			long met = p.results().stream().filter(TargetResult::met).count();
			item.setText(new String[] { p.title(), met + "/" + p.results().size(), String.format(Locale.ROOT, "%.2f", p.score()) }); //$NON-NLS-1$ //$NON-NLS-2$
			item.setForeground(1, p.meetsAll() ? MET : MISSED);
		}
		details(null);
	}

	/** The proposal selected, or null. */
	Proposal selected() {
		int i = proposals.getSelectionIndex();
		return i >= 0 && i < shown.size() ? shown.get(i) : null;
	}

	/** Selects a proposal by its place in the list (for tests and after a run: the best). */
	void select(int index) {
		if (index >= 0 && index < shown.size()) {
			proposals.setSelection(index);
		} else {
			proposals.deselectAll();
		}
	}

	/** The proposals listed. */
	List<Proposal> proposals() {
		return shown;
	}

	/** Shows a proposal's targets and explanation (null: none). */
	void details(Proposal p) {
		targets.removeAll();
		explanation.setText(""); //$NON-NLS-1$
		if (p == null) {
			return;
		}
		for (TargetResult r : p.results()) {
			TableItem item = new TableItem(targets, SWT.NONE);
			item.setText(new String[] { r.target(), value(r.wanted(), r.unit()), value(r.achieved(), r.unit()), r.met() ? Messages.yes : Messages.no });
			item.setForeground(3, r.met() ? MET : MISSED);
			item.setForeground(2, r.met() ? MET : MISSED);
		}
		explanation.setText(String.join("\n", p.explanation())); //$NON-NLS-1$
	}

	private static String value(double v, String unit) {
		String n = Math.abs(v) >= 100 ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
		return unit == null || unit.isBlank() ? n : NLS.bind(Messages.valueUnit, n, unit);
	}
}
