// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Adds a text column to a table viewer from a function of the row, with optional colours. */
final class Columns {
	private Columns() {
	}

	/** A column showing {@code text} of each row (null shows nothing). */
	static <T> TableViewerColumn add(TableViewer viewer, Class<T> row, String title, int width, Function<T, String> text) {
		return add(viewer, row, title, width, text, r -> null, r -> null);
	}

	/** A column with a text and, per row, a background and foreground colour (null: the table's). */
	static <T> TableViewerColumn add(TableViewer viewer, Class<T> row, String title, int width, Function<T, String> text,
			Function<T, Color> background, Function<T, Color> foreground) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply(row.cast(element));
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply(row.cast(element));
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply(row.cast(element));
			}
		});
		return c;
	}
}
