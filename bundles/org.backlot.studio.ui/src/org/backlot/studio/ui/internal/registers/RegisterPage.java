// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * One register on screen: its search field and filters above a virtual table
 * (only the rows in view are ever made, so 15,000 people scroll as smoothly as
 * twelve stages), sortable by any column, with the count found; the main
 * columns edit in place.
 */
final class RegisterPage {
	private static final int SEARCH_DELAY_MS = 150;
	private final Register register;
	private final Composite control;
	private final Text search;
	private final Label count;
	private final TableViewer viewer;
	private final Runnable selectionChanged;
	private List<? extends StudioResource> rows = List.of();
	private Studio studio;
	private Comparator<StudioResource> order;
	private boolean stale = true;
	private int searchTicket;
	private boolean muted;
	private final List<TableViewerColumn> columns = new ArrayList<>();

	RegisterPage(Composite parent, Register register, Runnable selectionChanged) {
		this.register = register;
		this.selectionChanged = selectionChanged;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 3;
		control.setLayout(layout);
		Composite bar = new Composite(control, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(register.searchHint());
		search.setToolTipText(register.searchHint());
		GridData s = new GridData(SWT.FILL, SWT.CENTER, true, false);
		s.minimumWidth = 160;
		search.setLayoutData(s);
		search.addListener(SWT.Modify, e -> later());
		search.addListener(SWT.DefaultSelection, e -> run());
		register.createFilters(bar, () -> {
			if (!muted) {
				run();
			}
		});
		count = new Label(bar, SWT.RIGHT);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		GridLayout barLayout = new GridLayout(bar.getChildren().length, false);
		barLayout.marginWidth = 2;
		barLayout.marginHeight = 2;
		bar.setLayout(barLayout);
		viewer = new TableViewer(control, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Lazy());
		for (Column c : register.columns()) {
			column(c);
		}
		viewer.setInput(this);
		viewer.getTable().addListener(SWT.Selection, e -> selectionChanged.run());
	}

	/** Feeds the virtual table the rows it asks for as they scroll into view. */
	private final class Lazy implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// the rows are the page's
		}
	}

	private void column(Column c) {
		TableViewerColumn vc = new TableViewerColumn(viewer, SWT.NONE);
		columns.add(vc);
		TableColumn tc = vc.getColumn();
		tc.setText(c.title());
		tc.setWidth(c.width());
		tc.setMoveable(true);
		vc.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof StudioResource r ? c.text().apply(r) : ""; //$NON-NLS-1$
			}
		});
		tc.addListener(SWT.Selection, e -> {
			Table t = viewer.getTable();
			boolean up = t.getSortColumn() != tc || t.getSortDirection() == SWT.DOWN;
			t.setSortColumn(tc);
			t.setSortDirection(up ? SWT.UP : SWT.DOWN);
			order = up ? c.order() : c.order().reversed();
			run();
		});
	}

	/**
	 * Lets the editable columns be edited in place (double-click, F2 or Enter on
	 * a cell, Tab to the next): each edit is a command given to {@code execute};
	 * {@code problem} shows why a value is refused (null: no problem).
	 */
	void editing(Function<StudioResource, EditingDomain> domain, Consumer<Command> execute, Consumer<String> problem) {
		CellEditing.install(viewer, columns, register.columns(), domain, execute, problem);
	}

	/** Selects the records and scrolls to them, searching again (and clearing the search and filters) when they are not listed. */
	void show(List<? extends StudioResource> records) {
		if (studio == null || records.isEmpty()) {
			return;
		}
		run();
		if (!rows.containsAll(records)) {
			muted = true;
			try {
				search.setText(""); //$NON-NLS-1$
				register.clearFilters();
			} finally {
				muted = false;
			}
			run();
		}
		viewer.getTable().deselectAll();
		select(new ArrayList<>(records));
		viewer.getTable().showSelection();
	}

	/** The page. */
	Composite control() {
		return control;
	}

	/** The register shown. */
	Register register() {
		return register;
	}

	/** The studio changed (or another production's studio is shown): search again now or, when hidden, when next shown. */
	void studio(Studio s, boolean visible) {
		studio = s;
		stale = true;
		if (visible) {
			showing();
		}
	}

	/** The page comes into view: brings it up to date. */
	void showing() {
		if (stale && studio != null) {
			register.studioChanged(studio);
			run();
		}
	}

	private void later() {
		int ticket = ++searchTicket;
		control.getDisplay().timerExec(SEARCH_DELAY_MS, () -> {
			if (ticket == searchTicket && !control.isDisposed()) {
				run();
			}
		});
	}

	/** Searches now with the text and filters, keeping the selected records selected. */
	void run() {
		searchTicket++;
		if (studio == null || control.isDisposed()) {
			return;
		}
		stale = false;
		List<StudioResource> selected = selected();
		List<? extends StudioResource> found = register.search(studio, search.getText());
		if (order != null) {
			List<StudioResource> sorted = new ArrayList<>(found);
			sorted.sort(order);
			found = sorted;
		}
		rows = found;
		Table t = viewer.getTable();
		t.setRedraw(false);
		try {
			t.deselectAll();
			t.setItemCount(rows.size());
			t.clearAll();
			select(selected);
		} finally {
			t.setRedraw(true);
		}
		String waiting = register.waiting();
		count.setText(waiting != null ? waiting
				: NLS.bind(Messages.count, String.format("%,d", rows.size()), String.format("%,d", register.all(studio).size()))); //$NON-NLS-1$ //$NON-NLS-2$
		count.getParent().layout(true);
	}

	private void select(List<StudioResource> records) {
		List<Integer> at = new ArrayList<>();
		for (StudioResource r : records) {
			int i = rows.indexOf(r);
			if (i >= 0) {
				at.add(i);
			}
		}
		viewer.getTable().setSelection(at.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The selected records, in table order. */
	List<StudioResource> selected() {
		List<StudioResource> out = new ArrayList<>();
		for (int i : viewer.getTable().getSelectionIndices()) {
			if (i < rows.size()) {
				out.add(rows.get(i));
			}
		}
		return out;
	}

	/** Selects a record and scrolls to it, clearing the search and filters when they hide it; false when it is not in the register. */
	boolean reveal(StudioResource r) {
		if (!register.holds(r) || studio == null) {
			return false;
		}
		if (stale) {
			showing();
		}
		int i = rows.indexOf(r);
		if (i < 0) {
			muted = true;
			try {
				search.setText(""); //$NON-NLS-1$
				register.clearFilters();
			} finally {
				muted = false;
			}
			run();
			i = rows.indexOf(r);
		}
		if (i < 0) {
			return false;
		}
		viewer.getTable().setSelection(i);
		viewer.getTable().showSelection();
		return true;
	}

	/** Searches for the text now (tests, and the view's find). */
	void search(String text) {
		search.setText(text);
		run();
	}

	/** The search field. */
	Text searchField() {
		return search;
	}

	/** The table viewer. */
	TableViewer viewer() {
		return viewer;
	}

	/** The records listed, in order. */
	List<? extends StudioResource> rows() {
		return rows;
	}
}
