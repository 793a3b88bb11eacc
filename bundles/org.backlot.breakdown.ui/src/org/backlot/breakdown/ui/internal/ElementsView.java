// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.backlot.breakdown.api.ElementRows;
import org.backlot.breakdown.api.TagOperations;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Every breakdown element with its category, scenes and state; filter by text
 * and category, sort by any column, Delete removes (undoably). Selecting an
 * element takes the other views to its first scene.
 */
public class ElementsView extends ProductionViewPart {
	private TableViewer viewer;
	private Text filter;
	private Combo category;
	private Label count;
	private EmptyState empty;
	private Colours colours;
	private List<Category> categories = List.of();
	private final List<Row> rows = new ArrayList<>();

	/** A table row: the element and its computed list entry. */
	record Row(Element element, ElementRows.Row data) {
	}

	@Override
	public void createPartControl(Composite parent) {
		colours = new Colours(new LocalResourceManager(JFaceResources.getResources(), parent));
		empty = new EmptyState(parent, () -> ImportScriptHandler.openWizard(parent.getShell()));
		Composite body = new Composite(empty.parent(), SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		empty.content(body);
		filter = new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.filterHint);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addListener(SWT.Modify, e -> applyFilter());
		category = new Combo(body, SWT.READ_ONLY);
		GridData combo = new GridData(SWT.FILL, SWT.CENTER, false, false);
		combo.widthHint = 180;
		category.setLayoutData(combo);
		category.addListener(SWT.Selection, e -> applyFilter());
		count = new Label(body, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		viewer = new TableViewer(body, SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL | SWT.BORDER);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		Collator collator = Collator.getInstance(Locale.getDefault());
		column(Messages.columnCategory, 130, r -> categoryName(r), collator);
		column(Messages.columnCast, 40, r -> r.data().castNumber() > 0 ? Integer.toString(r.data().castNumber()) : "", null); //$NON-NLS-1$
		column(Messages.columnName, 180, r -> r.data().name(), collator);
		column(Messages.columnScenesCount, 60, r -> Integer.toString(r.data().scenes().size()), null);
		column(Messages.columnScenes, 260, r -> String.join(" ", r.data().scenes()), null); //$NON-NLS-1$
		column(Messages.columnState, 120, this::state, null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getControl().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				deleteSelected();
			}
		});
		getSite().setSelectionProvider(new ElementSelection(viewer));
		startTracking();
	}

	private void column(String title, int width, Function<Row, String> text, Collator sortBy) {
		boolean first = viewer.getTable().getColumnCount() == 0;
		TableViewerColumn c = TableColumns.colored(viewer, Row.class, title, width, text,
				r -> first && r.element().getCategory() != null ? colours.tint(r.element().getCategory().getColour()) : null,
				r -> null);
		c.getColumn().addListener(SWT.Selection, e -> {
			boolean up = viewer.getTable().getSortColumn() != c.getColumn() || viewer.getTable().getSortDirection() == SWT.DOWN;
			viewer.getTable().setSortColumn(c.getColumn());
			viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
			rows.sort((a, b) -> {
				int r = sortBy != null ? sortBy.compare(text.apply(a), text.apply(b)) : numeric(text.apply(a), text.apply(b));
				return up ? r : -r;
			});
			applyFilter();
		});
	}

	private static int numeric(String a, String b) {
		try {
			return Integer.compare(Integer.parseInt(a.isEmpty() ? "0" : a.split(" ")[0].replaceAll("\\D", "")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					Integer.parseInt(b.isEmpty() ? "0" : b.split(" ")[0].replaceAll("\\D", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} catch (NumberFormatException e) {
			return a.compareTo(b);
		}
	}

	private String categoryName(Row r) {
		Category c = r.element().getCategory();
		return c == null ? "" : Labels.categoryName(c); //$NON-NLS-1$
	}

	private String state(Row r) {
		return r.data().suggested() == 0 ? Messages.stateConfirmed
				: NLS.bind(Messages.stateSuggested, r.data().suggested());
	}

	@Override
	protected void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		rows.clear();
		if (production() == null || production().getBreakdown() == null) {
			empty.show(Messages.noProduction);
			return;
		}
		for (Element e : ElementRows.sorted(production().getBreakdown())) {
			rows.add(new Row(e, ElementRows.row(e)));
		}
		empty.show(rows.isEmpty() ? Messages.noElements : null);
		List<Category> now = List.copyOf(production().getBreakdown().getCategories());
		if (!now.equals(categories)) {
			categories = now;
			int selected = category.getSelectionIndex();
			category.removeAll();
			category.add(Messages.allCategories);
			now.forEach(c -> category.add(Labels.categoryName(c)));
			category.select(selected > 0 && selected < category.getItemCount() ? selected : 0);
		}
		applyFilter();
	}

	private void applyFilter() {
		String f = filter.getText().strip().toLowerCase(Locale.ROOT);
		int ci = category.getSelectionIndex() - 1;
		Category only = ci >= 0 && ci < categories.size() ? categories.get(ci) : null;
		List<Row> shown = new ArrayList<>();
		for (Row r : rows) {
			if ((only == null || r.element().getCategory() == only)
					&& (f.isEmpty() || r.data().name().toLowerCase(Locale.ROOT).contains(f))) {
				shown.add(r);
			}
		}
		viewer.setInput(shown);
		count.setText(NLS.bind(Messages.elementCount, shown.size(), rows.size()));
		count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
	}

	private void deleteSelected() {
		List<Element> selected = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection()) {
			selected.add(((Row) o).element());
		}
		if (selected.isEmpty()) {
			return;
		}
		String names = String.join(", ", selected.stream().map(Element::getName).toList()); //$NON-NLS-1$
		edit(NLS.bind(Messages.deleteLabel, names), () -> {
			for (Element e : selected) {
				for (ElementOccurrence o : new ArrayList<>(e.getOccurrences())) {
					TagOperations.reject(production(), o);
				}
				production().getBreakdown().getElements().remove(e);
			}
		});
	}

	/** The table (tests). */
	TableViewer viewer() {
		return viewer;
	}

	/** The filter field (tests). */
	Text filter() {
		return filter;
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}
}
