// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Amounts in yuan as the top-sheet writes them: ¥ with thousands separators, whole yuan unless there are fen. */
public final class Money {
	/** The ISO code of the top-sheet's currency. */
	public static final String CURRENCY = "CNY"; //$NON-NLS-1$
	/** The symbol written before amounts. */
	public static final String SYMBOL = "\u00a5"; //$NON-NLS-1$

	private Money() {
	}

	/** ¥1,234 or ¥1,234.50. */
	public static String format(double amount) {
		return SYMBOL + number(amount);
	}

	/** 1,234 or 1,234.50, without the symbol. */
	public static String number(double amount) {
		double rounded = round(amount);
		boolean whole = rounded == Math.rint(rounded);
		return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", rounded); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An amount rounded to the fen. */
	public static double round(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	/** A quantity: 12 or 12.5. */
	public static String quantity(double q) {
		return q == Math.rint(q) ? String.format(Locale.ROOT, "%,.0f", q) : String.format(Locale.ROOT, "%,.1f", q); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
