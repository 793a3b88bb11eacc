// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Text columns of a table viewer, read from each row by a function, with optional colours per row. */
public final class TableColumns {
	private TableColumns() {
	}

	/** Adds a column showing {@code text} of each row of type {@code row}; null, or a row of another type, shows nothing. */
	public static <T> TableViewerColumn text(TableViewer viewer, Class<T> row, String title, int width, Function<T, String> text) {
		return colored(viewer, row, title, width, text, r -> null, r -> null);
	}

	/** Adds a column with a text and, per row, a background and a foreground colour (null: the table's). */
	public static <T> TableViewerColumn colored(TableViewer viewer, Class<T> row, String title, int width, Function<T, String> text,
			Function<T, Color> background, Function<T, Color> foreground) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = row.isInstance(element) ? text.apply(row.cast(element)) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public Color getBackground(Object element) {
				return row.isInstance(element) ? background.apply(row.cast(element)) : null;
			}

			@Override
			public Color getForeground(Object element) {
				return row.isInstance(element) ? foreground.apply(row.cast(element)) : null;
			}
		});
		return c;
	}
}
