// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.backlot.model.studio.StudioResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Editing a register's cell in the table: the text is read as the column's
 * attribute (a whole number, a decimal number, a list written with commas, or
 * text) and set by one command on the production's command stack; a number
 * that cannot be read is refused with a message.
 */
final class CellEditing extends EditingSupport {
	private final Column column;
	private final TextCellEditor editor;
	private final Function<StudioResource, EditingDomain> domain;
	private final Consumer<String> problem;
	private final Consumer<Command> execute;

	CellEditing(ColumnViewer viewer, Column column, Function<StudioResource, EditingDomain> domain, Consumer<Command> execute, Consumer<String> problem) {
		super(viewer);
		this.column = column;
		this.domain = domain;
		this.execute = execute;
		this.problem = problem;
		editor = new TextCellEditor((Composite) viewer.getControl());
		editor.setValidator(v -> {
			String why = check(column.feature(), String.valueOf(v));
			problem.accept(why);
			return why;
		});
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof StudioResource && domain.apply((StudioResource) element) != null;
	}

	@Override
	protected Object getValue(Object element) {
		return column.text().apply((StudioResource) element);
	}

	@Override
	protected void setValue(Object element, Object value) {
		StudioResource r = (StudioResource) element;
		EditingDomain d = domain.apply(r);
		String why = check(column.feature(), String.valueOf(value));
		if (why != null) {
			problem.accept(why);
			return;
		}
		problem.accept(null);
		Command c = command(d, r, column.feature(), String.valueOf(value));
		if (c != null) {
			execute.accept(c);
		}
	}

	/** Lets the columns with an attribute be edited in place: double-click, F2 or Enter on a cell opens its editor, Tab moves to the next. */
	static void install(TableViewer viewer, List<TableViewerColumn> viewerColumns, List<Column> cs, Function<StudioResource, EditingDomain> domain,
			Consumer<Command> execute, Consumer<String> problem) {
		for (int i = 0; i < cs.size(); i++) {
			if (cs.get(i).feature() != null) {
				viewerColumns.get(i).setEditingSupport(new CellEditing(viewer, cs.get(i), domain, execute, problem));
			}
		}
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && (e.keyCode == SWT.F2 || e.keyCode == SWT.CR);
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
				| ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** Why the text cannot be the attribute's value, or null when it can. */
	static String check(EAttribute f, String text) {
		Class<?> type = f.getEAttributeType().getInstanceClass();
		String t = text.strip().replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (f.isMany() || type != int.class && type != double.class) {
			return null;
		}
		try {
			double v = type == int.class ? Integer.parseInt(t.isEmpty() ? "0" : t) : Double.parseDouble(t.isEmpty() ? "0" : t); //$NON-NLS-1$ //$NON-NLS-2$
			return v < 0 ? NLS.bind(Messages.negativeNumber, text) : null;
		} catch (NumberFormatException e) {
			return NLS.bind(type == int.class ? Messages.notWholeNumber : Messages.notNumber, text.strip());
		}
	}

	/** The command that sets the attribute from the text, or null when the value would not change; the text must pass {@link #check}. */
	static Command command(EditingDomain d, StudioResource r, EAttribute f, String text) {
		Object value = value(f, text);
		Object now = r.eGet(f);
		if (Objects.equals(now, value) || f.isMany() && List.copyOf((List<?>) now).equals(value)) {
			return null;
		}
		return SetCommand.create(d, r, f, value);
	}

	private static Object value(EAttribute f, String text) {
		Class<?> type = f.getEAttributeType().getInstanceClass();
		String t = text.strip();
		if (f.isMany()) {
			return t.isEmpty() ? List.of() : Arrays.stream(t.split("\\s*[,，、;；]\\s*")).filter(w -> !w.isBlank()).toList(); //$NON-NLS-1$
		}
		if (type == int.class) {
			return t.isEmpty() ? 0 : Integer.parseInt(t.replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (type == double.class) {
			return t.isEmpty() ? 0.0 : Double.parseDouble(t.replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return t.isEmpty() ? null : t;
	}
}
