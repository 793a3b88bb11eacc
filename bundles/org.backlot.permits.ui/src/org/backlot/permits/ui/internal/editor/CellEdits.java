// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

/** In-place editing of table cells: free text, a parsed value (dates and times) or a choice; each accepted value written as one command. */
final class CellEdits {
	private CellEdits() {
	}

	/** A text cell; {@code parse} gives the value to write, or empty when the text is not acceptable (then {@code problem} is told why). */
	static <T> EditingSupport text(TableViewer viewer, Class<T> type, Function<T, String> read, Function<String, Optional<Object>> parse,
			BiConsumer<T, Object> write, Consumer<String> problem, String why) {
		TextCellEditor editor = new TextCellEditor(viewer.getTable());
		return new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return type.isInstance(element);
			}

			@Override
			protected Object getValue(Object element) {
				String s = read.apply(type.cast(element));
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			protected void setValue(Object element, Object value) {
				Optional<Object> v = parse.apply(String.valueOf(value).strip());
				if (v.isEmpty()) {
					problem.accept(why);
					return;
				}
				write.accept(type.cast(element), v.get() == NONE ? null : v.get());
			}
		};
	}

	/** A choice among values, shown by their labels. */
	static <T, V> EditingSupport choice(TableViewer viewer, Class<T> type, List<V> values, Function<V, String> label, Function<T, V> read,
			BiConsumer<T, V> write) {
		ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
		return new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return type.isInstance(element);
			}

			@Override
			protected Object getValue(Object element) {
				return Math.max(0, values.indexOf(read.apply(type.cast(element))));
			}

			@Override
			protected void setValue(Object element, Object value) {
				int i = value instanceof Integer n ? n : -1;
				if (i >= 0 && i < values.size()) {
					write.accept(type.cast(element), values.get(i));
				}
			}
		};
	}

	/** The value "none" (an empty cell) from a parser. */
	static final Object NONE = new Object();

	/** Free text: any text, empty for none. */
	static Optional<Object> anyText(String s) {
		return Optional.of(s.isEmpty() ? NONE : s);
	}

	/** A date and time typed as the edit pattern says ("2027-03-05 07:00"); empty text for none. */
	static Optional<Object> dateTime(String s) {
		if (s.isEmpty()) {
			return Optional.of(NONE);
		}
		try {
			LocalDateTime t = LocalDateTime.parse(s, DateTimeFormatter.ofPattern(Messages.dateEditPattern));
			return Optional.of(Date.from(t.atZone(ZoneId.systemDefault()).toInstant()));
		} catch (DateTimeParseException e) {
			try {
				LocalDateTime t = java.time.LocalDate.parse(s).atStartOfDay();
				return Optional.of(Date.from(t.atZone(ZoneId.systemDefault()).toInstant()));
			} catch (DateTimeParseException e2) {
				return Optional.empty();
			}
		}
	}

	/** A model date as the edit pattern writes it. */
	static String editText(Date d) {
		return d == null ? "" : DateTimeFormatter.ofPattern(Messages.dateEditPattern) //$NON-NLS-1$
				.format(LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault()));
	}

	/** Why a date was not taken. */
	static String dateProblem() {
		return NLS.bind(Messages.badDate, Messages.dateEditPattern, editText(new Date()));
	}
}
