// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;

import com.example.backlot.budget.Account;
import com.example.backlot.budget.Line;
import com.example.backlot.budget.Money;
import com.example.backlot.budget.TopSheet;

/**
 * The rows of the top-sheet tree: the accounts (their lines as children), then
 * the subtotal, contingency and total rows; rows compare by what they stand for,
 * so that a refresh keeps the expanded accounts and the selection.
 */
final class SheetRows implements ITreeContentProvider {
	/** A subtotal, contingency or total row. */
	record Summary(String key, String label, String rate, double amount) {
	}

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof TopSheet sheet)) {
			return new Object[0];
		}
		List<Object> rows = new ArrayList<>(sheet.accounts());
		rows.add(new Summary("subtotal", Messages.subtotal, "", sheet.subtotal())); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(new Summary("contingency", Messages.contingency, Money.quantity(sheet.contingencyPercent()) + "%", sheet.contingency())); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(new Summary("total", Messages.total, "", sheet.total())); //$NON-NLS-1$ //$NON-NLS-2$
		return rows.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof Account a ? a.lines().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Account a && !a.lines().isEmpty();
	}

	/** The identity of a row across refreshes: an account's key, a line's model object (or label), a summary's key. */
	static Object identity(Object row) {
		if (row instanceof Account a) {
			return "account:" + a.key(); //$NON-NLS-1$
		}
		if (row instanceof Line l) {
			return l.source() != null ? l.source() : "line:" + l.label(); //$NON-NLS-1$
		}
		if (row instanceof Summary s) {
			return "summary:" + s.key(); //$NON-NLS-1$
		}
		return row;
	}

	/** Compares rows by {@link #identity(Object)}. */
	static final IElementComparer COMPARER = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			Object x = identity(a);
			Object y = identity(b);
			return x instanceof String ? x.equals(y) : x == y;
		}

		@Override
		public int hashCode(Object element) {
			Object id = identity(element);
			return id instanceof String ? id.hashCode() : System.identityHashCode(id);
		}
	};
}
