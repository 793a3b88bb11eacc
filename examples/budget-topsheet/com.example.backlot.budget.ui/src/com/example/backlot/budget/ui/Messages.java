// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Budget perspective, view and preference page. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "com.example.backlot.budget.ui.messages"; //$NON-NLS-1$
	public static String columnAccount;
	public static String columnBasis;
	public static String columnRate;
	public static String columnAmount;
	public static String subtotal;
	public static String contingency;
	public static String total;
	public static String noProduction;
	public static String expandAll;
	public static String collapseAll;
	public static String rateCard;
	public static String setDailyRate;
	public static String notAnAmount;
	public static String notAnAmountFor;
	public static String inYuan;
	public static String pageDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
