// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/** Small tables and trees of the studio views: a viewer with headers and lines, and text columns from functions of the row. */
public final class Tables {
	private Tables() {
	}

	/** A table viewer filling its grid cell. */
	public static TableViewer table(Composite parent, int style) {
		TableViewer v = new TableViewer(parent, style | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		v.getTable().setHeaderVisible(true);
		v.getTable().setLinesVisible(true);
		v.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return v;
	}

	/** A text column: {@code text} of rows of the type (other rows show nothing). */
	public static <T> ViewerColumn column(ColumnViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
		return column(viewer, type, title, width, text, r -> null);
	}

	/** A text column with a foreground colour per row (null: the viewer's). */
	public static <T> ViewerColumn column(ColumnViewer viewer, Class<T> type, String title, int width, Function<T, String> text,
			Function<T, Color> foreground) {
		ViewerColumn c;
		if (viewer instanceof TreeViewer tree) {
			TreeViewerColumn tc = new TreeViewerColumn(tree, SWT.NONE);
			tc.getColumn().setText(title);
			tc.getColumn().setWidth(width);
			c = tc;
		} else {
			TableViewerColumn tc = new TableViewerColumn((TableViewer) viewer, SWT.NONE);
			tc.getColumn().setText(title);
			tc.getColumn().setWidth(width);
			c = tc;
		}
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (!type.isInstance(element)) {
					return ""; //$NON-NLS-1$
				}
				String s = text.apply(type.cast(element));
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return type.isInstance(element) ? foreground.apply(type.cast(element)) : null;
			}
		});
		return c;
	}
}
