// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A table of an application's parts with its buttons on the right (Add, Remove...), cells edited in place with F2 or a double-click. */
final class TablePane {
	private final Composite pane;
	private final TableViewer viewer;
	private final Composite buttons;
	private final List<Button> needSelection = new ArrayList<>();

	TablePane(Composite parent) {
		pane = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(2, false);
		grid.marginWidth = 2;
		grid.marginHeight = 2;
		pane.setLayout(grid);
		viewer = new TableViewer(pane, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
			}
		};
		TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		buttons = new Composite(pane, SWT.NONE);
		GridLayout b = new GridLayout();
		b.marginWidth = 0;
		b.marginHeight = 0;
		buttons.setLayout(b);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		viewer.addSelectionChangedListener(e -> update());
	}

	/** Adds a column showing text (and, with editing support, edited in place). */
	<T> TableViewerColumn column(String title, int width, Class<T> type, Function<T, String> text, EditingSupport editing) {
		TableViewerColumn c = TableColumns.text(viewer, type, title, width, text);
		if (editing != null) {
			c.setEditingSupport(editing);
		}
		return c;
	}

	/** Adds a button; one that acts on the selection is enabled only when something is selected. */
	Button button(String text, boolean onSelection, Runnable run) {
		Button b = new Button(buttons, SWT.PUSH);
		b.setText(text);
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		b.addListener(SWT.Selection, e -> run.run());
		if (onSelection) {
			needSelection.add(b);
			b.setEnabled(false);
		}
		return b;
	}

	/** Shows the rows, keeping the selection; leaves an open cell editor alone. */
	void show(List<?> rows) {
		if (viewer.isCellEditorActive()) {
			viewer.refresh();
			return;
		}
		viewer.setInput(rows.toArray());
		update();
	}

	/** Enables the selection's buttons when something is selected. */
	void update() {
		boolean any = !viewer.getStructuredSelection().isEmpty();
		for (Button b : needSelection) {
			b.setEnabled(any);
		}
	}

	/** The selected rows of a type. */
	<T> List<T> selected(Class<T> type) {
		List<T> out = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection()) {
			if (type.isInstance(o)) {
				out.add(type.cast(o));
			}
		}
		return out;
	}

	TableViewer viewer() {
		return viewer;
	}

	Composite control() {
		return pane;
	}
}
