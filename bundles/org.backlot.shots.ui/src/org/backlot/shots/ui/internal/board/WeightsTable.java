// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.SchedulePackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The board's cost weights, one per line, edited in place; each change is handed on as (weight, value). */
final class WeightsTable {
	private final TableViewer viewer;
	private final Supplier<Schedule> board;

	WeightsTable(Composite parent, Supplier<Schedule> board, BiConsumer<EAttribute, Double> change) {
		this.board = board;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(Messages.columnWeight);
		name.getColumn().setWidth(130);
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> label((EAttribute) o)));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.RIGHT);
		value.getColumn().setText(Messages.columnValue);
		value.getColumn().setWidth(80);
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> Texts.count(value((EAttribute) o))));
		value.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				TextCellEditor editor = new TextCellEditor(viewer.getTable());
				editor.setValidator(v -> parse((String) v) == null ? Messages.weightInvalid : null);
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return board.get() != null;
			}

			@Override
			protected Object getValue(Object element) {
				double v = value((EAttribute) element);
				return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
			}

			@Override
			protected void setValue(Object element, Object v) {
				Double d = parse((String) v);
				if (d != null && d != value((EAttribute) element)) {
					change.accept((EAttribute) element, d);
				}
			}
		});
		viewer.setInput(attributes());
	}

	/** The weights (the numeric attributes of CostWeights), in model order. */
	static List<EAttribute> attributes() {
		return SchedulePackage.eINSTANCE.getCostWeights().getEAllAttributes().stream()
				.filter(a -> a.getEAttributeType().getInstanceClass() == double.class).toList();
	}

	/** The weight's name for people. */
	static String label(EAttribute a) {
		return switch (a.getName()) {
		case "companyMove" -> Messages.weightCompanyMove; //$NON-NLS-1$
		case "locationChange" -> Messages.weightLocationChange; //$NON-NLS-1$
		case "castDay" -> Messages.weightCastDay; //$NON-NLS-1$
		case "shootDay" -> Messages.weightShootDay; //$NON-NLS-1$
		case "stageDay" -> Messages.weightStageDay; //$NON-NLS-1$
		case "nightToDay" -> Messages.weightNightToDay; //$NON-NLS-1$
		default -> a.getName();
		};
	}

	private double value(EAttribute a) {
		Schedule b = board.get();
		CostWeights w = b == null ? null : b.getWeights();
		Object v = w == null ? a.getDefaultValue() : w.eGet(a);
		return v instanceof Number n ? n.doubleValue() : 0;
	}

	private static Double parse(String text) {
		try {
			double d = Double.parseDouble(text.trim().replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
			return d >= 0 && Double.isFinite(d) ? d : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The control. */
	TableViewer viewer() {
		return viewer;
	}

	/** Shows the board's current weights. */
	void refresh() {
		viewer.refresh();
	}
}
