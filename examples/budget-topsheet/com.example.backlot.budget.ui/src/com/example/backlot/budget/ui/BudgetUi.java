// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

/** The ids the Budget plugin's UI contributes. */
public final class BudgetUi {
	/** The Budget perspective. */
	public static final String PERSPECTIVE = "com.example.backlot.budget.ui.perspective"; //$NON-NLS-1$
	/** The Budget Top-Sheet view. */
	public static final String TOP_SHEET_VIEW = "com.example.backlot.budget.ui.topSheet"; //$NON-NLS-1$
	/** The rate card's preference page. */
	public static final String RATES_PAGE = "com.example.backlot.budget.ui.preferences.rates"; //$NON-NLS-1$

	private BudgetUi() {
	}
}
