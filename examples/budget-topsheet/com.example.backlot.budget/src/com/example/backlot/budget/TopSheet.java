// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A budget top-sheet: the accounts with their bases and amounts, the subtotal,
 * the contingency and the grand total, in yuan.
 *
 * @param production         the production's title
 * @param board              the board the schedule accounts come from, or null when there is none
 * @param accounts           the accounts in top-sheet order
 * @param contingencyPercent the contingency in percent of the subtotal
 * @param notes              what the reader should know: no board, rates that fell back
 */
public record TopSheet(String production, String board, List<Account> accounts, double contingencyPercent, List<String> notes) {
	/** A top-sheet; the lists are copied. */
	public TopSheet {
		accounts = List.copyOf(accounts);
		notes = List.copyOf(notes);
	}

	/** The sum of the accounts. */
	public double subtotal() {
		double sum = 0;
		for (Account a : accounts) {
			sum += a.amount();
		}
		return sum;
	}

	/** The contingency on the subtotal. */
	public double contingency() {
		return subtotal() * contingencyPercent / 100;
	}

	/** Subtotal and contingency. */
	public double total() {
		return subtotal() + contingency();
	}

	/** The account of a key, or null. */
	public Account account(String key) {
		for (Account a : accounts) {
			if (a.key().equals(key)) {
				return a;
			}
		}
		return null;
	}

	/** The top-sheet as plain maps and lists for JSON: accounts with basis, quantity, rate (when there is one) and amount, then the totals. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("production", production); //$NON-NLS-1$
		m.put("board", board); //$NON-NLS-1$
		m.put("currency", Money.CURRENCY); //$NON-NLS-1$
		List<Object> list = new ArrayList<>();
		for (Account a : accounts) {
			Map<String, Object> am = new LinkedHashMap<>();
			am.put("key", a.key()); //$NON-NLS-1$
			am.put("account", a.label()); //$NON-NLS-1$
			am.put("basis", a.basis()); //$NON-NLS-1$
			am.put("quantity", a.quantity()); //$NON-NLS-1$
			putRate(am, a.rate());
			am.put("amount", Money.round(a.amount())); //$NON-NLS-1$
			List<Object> lines = new ArrayList<>();
			for (Line l : a.lines()) {
				Map<String, Object> lm = new LinkedHashMap<>();
				lm.put("label", l.label()); //$NON-NLS-1$
				lm.put("basis", l.basis()); //$NON-NLS-1$
				lm.put("quantity", l.quantity()); //$NON-NLS-1$
				putRate(lm, l.rate());
				lm.put("amount", Money.round(l.amount())); //$NON-NLS-1$
				lines.add(lm);
			}
			am.put("lines", lines); //$NON-NLS-1$
			list.add(am);
		}
		m.put("accounts", list); //$NON-NLS-1$
		m.put("subtotal", Money.round(subtotal())); //$NON-NLS-1$
		m.put("contingencyPercent", contingencyPercent); //$NON-NLS-1$
		m.put("contingency", Money.round(contingency())); //$NON-NLS-1$
		m.put("total", Money.round(total())); //$NON-NLS-1$
		m.put("notes", notes); //$NON-NLS-1$
		return m;
	}

	private static void putRate(Map<String, Object> m, double rate) {
		if (!Double.isNaN(rate)) {
			m.put("rate", rate); //$NON-NLS-1$
		}
	}
}
