// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.backlot.model.shots.Shot;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

/** Cell editing of a shot's column: each accepted edit is one command named after the column and the shot ("Set size of 3A"). */
final class ShotEditing {
	/** Runs a labelled change as one command. */
	interface Editor {
		/** Runs {@code change} as a command named {@code label}. */
		void edit(String label, Runnable change);
	}

	private ShotEditing() {
	}

	/**
	 * Text editing: {@code parse} turns the typed text into a value or returns null when it is not acceptable
	 * ({@code problem} then says why, shown while typing).
	 */
	static <V> EditingSupport text(TableViewer viewer, Editor editor, String labelPattern, Function<Shot, String> shown,
			Function<String, V> parse, String problem, BiConsumer<Shot, V> set) {
		TextCellEditor cell = new TextCellEditor(viewer.getTable());
		cell.setValidator(value -> parse.apply(String.valueOf(value)) == null ? problem : null);
		return new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return cell;
			}

			@Override
			protected boolean canEdit(Object element) {
				return element instanceof Shot;
			}

			@Override
			protected Object getValue(Object element) {
				String s = shown.apply((Shot) element);
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			protected void setValue(Object element, Object value) {
				Shot shot = (Shot) element;
				String text = String.valueOf(value);
				V v = parse.apply(text);
				String before = shown.apply(shot);
				if (v == null || text.equals(before == null ? "" : before)) { //$NON-NLS-1$
					return;
				}
				editor.edit(NLS.bind(labelPattern, shot.getNumber()), () -> set.accept(shot, v));
			}
		};
	}

	/** Choice editing from a list of values (re-read each time the editor opens) with their labels. */
	static <V> EditingSupport choice(ColumnViewer viewer, Editor editor, String labelPattern, java.util.function.Supplier<List<V>> values,
			Function<V, String> label, Function<Shot, V> get, BiConsumer<Shot, V> set) {
		ComboBoxCellEditor cell = new ComboBoxCellEditor((org.eclipse.swt.widgets.Composite) viewer.getControl(), new String[0], SWT.READ_ONLY);
		return new EditingSupport(viewer) {
			private List<V> shown = List.of();

			@Override
			protected CellEditor getCellEditor(Object element) {
				shown = values.get();
				cell.setItems(shown.stream().map(label).toArray(String[]::new));
				return cell;
			}

			@Override
			protected boolean canEdit(Object element) {
				return element instanceof Shot;
			}

			@Override
			protected Object getValue(Object element) {
				return Math.max(0, shown.indexOf(get.apply((Shot) element)));
			}

			@Override
			protected void setValue(Object element, Object value) {
				Shot shot = (Shot) element;
				int i = value instanceof Integer n ? n : -1;
				if (i < 0 || i >= shown.size() || shown.get(i) == get.apply(shot)) {
					return;
				}
				V v = shown.get(i);
				editor.edit(NLS.bind(labelPattern, shot.getNumber()), () -> set.accept(shot, v));
			}
		};
	}

	/** A whole number of at least zero, or null. */
	static Integer minutes(String s) {
		try {
			int v = Integer.parseInt(s.strip());
			return v >= 0 && v <= 24 * 60 ? v : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** A focal length in millimetres (above 0, at most 2000), or null. */
	static Double lens(String s) {
		try {
			double v = Double.parseDouble(s.strip().replace(',', '.').replaceAll("(?i)\\s*mm$", "")); //$NON-NLS-1$ //$NON-NLS-2$
			return v > 0 && v <= 2000 ? v : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
