// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.Languages;
import org.backlot.model.breakdown.Category;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodColumn;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The day-out-of-days of the active board: the cast or any breakdown
 * category, one narrow coloured column per calendar date and the totals;
 * exported as CSV or PDF from the toolbar.
 */
public class DoodView extends ProductionViewPart {
	private Combo category;
	private final List<String> keys = new ArrayList<>();
	private String key = Dood.CAST;
	private Table table;
	private EmptyState empty;
	private DoodColours colours;
	private DoodTable shown;
	private Action csv;
	private Action pdf;

	@Override
	public void createPartControl(Composite parent) {
		colours = new DoodColours(new LocalResourceManager(JFaceResources.getResources(), parent));
		empty = new EmptyState(parent, null);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		empty.content(body);
		new Label(body, SWT.NONE).setText(Messages.doodCategory);
		category = new Combo(body, SWT.READ_ONLY);
		category.addListener(SWT.Selection, e -> {
			int i = category.getSelectionIndex();
			if (i >= 0) {
				showCategory(keys.get(i));
			}
		});
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		csv = new DoodExportAction(this, false);
		pdf = new DoodExportAction(this, true);
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(csv);
		bar.add(pdf);
		startTracking();
	}

	/** Shows the day-out-of-days of a category key ({@code "cast"} for the cast). */
	public void showCategory(String categoryKey) {
		key = categoryKey;
		refresh();
	}

	/** The table shown, or null. */
	public DoodTable table() {
		return shown;
	}

	@Override
	protected void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		Production p = production();
		Schedule board = p == null ? null : Boards.active(p);
		shown = null;
		if (p == null || board == null) {
			empty.show(p == null ? Messages.noProduction : Messages.noBoardDood, false);
		} else {
			fillCategories(p);
			try {
				shown = Dood.compute(p, board, key);
				empty.show(null, false);
			} catch (RuntimeException e) {
				ILog.of(DoodView.class).error("day-out-of-days failed", e); //$NON-NLS-1$
				empty.show(NLS.bind(Messages.doodFailed, e.getMessage()), false);
			}
		}
		fill(shown);
		csv.setEnabled(shown != null);
		pdf.setEnabled(shown != null);
	}

	private void fillCategories(Production p) {
		keys.clear();
		List<String> names = new ArrayList<>();
		boolean zh = Languages.chinese();
		keys.add(Dood.CAST);
		names.add(Messages.doodCast);
		for (Category c : p.getBreakdown() == null ? List.<Category>of() : p.getBreakdown().getCategories()) {
			if (!Dood.CAST.equals(c.getKey())) {
				keys.add(c.getKey());
				names.add(zh && c.getNameZh() != null && !c.getNameZh().isEmpty() ? c.getNameZh() : c.getName() != null ? c.getName() : c.getKey());
			}
		}
		if (!keys.contains(key)) {
			key = Dood.CAST;
		}
		if (!names.equals(List.of(category.getItems()))) {
			category.setItems(names.toArray(String[]::new));
		}
		category.select(keys.indexOf(key));
		category.getParent().layout();
	}

	private void fill(DoodTable t) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			if (t == null) {
				return;
			}
			column(Messages.doodElement, 160, null);
			for (DoodColumn c : t.columns()) {
				String head = c.dayNumber() > 0 ? c.dayNumber() + " " + Texts.shortDate(c.date()) : Texts.shortDate(c.date()); //$NON-NLS-1$
				column(head, 64, c.off() == null ? Texts.longDate(c.date()) : Texts.longDate(c.date()) + " - " + c.off()); //$NON-NLS-1$
			}
			for (String total : new String[] { Messages.doodWork, Messages.doodHold, Messages.doodTravel, Messages.doodOther,
					Messages.doodTotal, Messages.doodStart, Messages.doodFinish }) {
				column(total, 56, null);
			}
			for (DoodRow r : t.rows()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(r.element());
				int i = 0;
				item.setText(i++, name(r));
				for (int d = 0; d < t.columns().size(); d++, i++) {
					String code = d < r.codes().size() ? r.codes().get(d) : ""; //$NON-NLS-1$
					item.setText(i, code);
					if (colours.of(code) != null) {
						item.setBackground(i, colours.of(code));
					} else if (t.columns().get(d).off() != null) {
						item.setBackground(i, colours.off());
					}
				}
				item.setText(i++, Integer.toString(r.work()));
				item.setText(i++, Integer.toString(r.hold()));
				item.setText(i++, Integer.toString(r.travel()));
				item.setText(i++, Integer.toString(r.other()));
				item.setText(i++, Integer.toString(r.total()));
				item.setText(i++, Texts.shortDate(r.start()));
				item.setText(i, Texts.shortDate(r.finish()));
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private static String name(DoodRow r) {
		if (r.element() instanceof org.backlot.model.breakdown.CastMember c && c.getCastNumber() > 0) {
			return c.getCastNumber() + ". " + c.getName(); //$NON-NLS-1$
		}
		return r.element().getName();
	}

	private void column(String text, int width, String tip) {
		TableColumn c = new TableColumn(table, SWT.CENTER);
		c.setText(text);
		c.setWidth(width);
		c.setToolTipText(tip);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
