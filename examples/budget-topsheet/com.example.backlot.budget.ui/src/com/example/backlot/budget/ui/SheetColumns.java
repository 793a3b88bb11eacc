// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import java.util.function.Function;

import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;

import com.example.backlot.budget.Account;
import com.example.backlot.budget.Line;
import com.example.backlot.budget.Money;

/**
 * The columns of the top-sheet tree: account (with the model object's icon
 * from Backlot's item providers), basis, rate and amount; accounts and totals
 * in bold.
 */
final class SheetColumns {
	private SheetColumns() {
	}

	/** Adds the four columns; returns the Rate column (for its editing support). */
	static TreeViewerColumn create(TreeViewer viewer, AdapterFactoryLabelProvider icons) {
		column(viewer, Messages.columnAccount, 260, SWT.LEFT, SheetColumns::label, icons);
		column(viewer, Messages.columnBasis, 330, SWT.LEFT, SheetColumns::basis, null);
		TreeViewerColumn rate = column(viewer, Messages.columnRate, 100, SWT.RIGHT, SheetColumns::rate, null);
		column(viewer, Messages.columnAmount, 120, SWT.RIGHT, SheetColumns::amount, null);
		return rate;
	}

	private static TreeViewerColumn column(TreeViewer viewer, String title, int width, int align, Function<Object, String> text,
			AdapterFactoryLabelProvider icons) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return icons != null && element instanceof Line l && l.source() != null ? icons.getImage(l.source()) : null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof SheetRows.Summary || element instanceof Account ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null;
			}
		});
		return c;
	}

	static String label(Object row) {
		return row instanceof Account a ? a.label() : row instanceof Line l ? l.label() : row instanceof SheetRows.Summary s ? s.label() : ""; //$NON-NLS-1$
	}

	static String basis(Object row) {
		return row instanceof Account a ? a.basis() : row instanceof Line l ? l.basis() : ""; //$NON-NLS-1$
	}

	static String rate(Object row) {
		double rate = row instanceof Account a ? a.rate() : row instanceof Line l ? l.rate() : Double.NaN;
		return row instanceof SheetRows.Summary s ? s.rate() : Double.isNaN(rate) ? "" : Money.format(rate); //$NON-NLS-1$
	}

	static String amount(Object row) {
		double amount = row instanceof Account a ? a.amount() : row instanceof Line l ? l.amount() : ((SheetRows.Summary) row).amount();
		return Money.format(amount);
	}
}
