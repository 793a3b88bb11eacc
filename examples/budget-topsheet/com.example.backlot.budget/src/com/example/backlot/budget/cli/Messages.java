// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.cli;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the budget command. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "com.example.backlot.budget.cli.messages"; //$NON-NLS-1$
	public static String argFile;
	public static String noRatesFile;
	public static String ratesUnreadable;
	public static String header;
	public static String headerBoard;
	public static String untitled;
	public static String colAccount;
	public static String colBasis;
	public static String colRate;
	public static String colAmount;
	public static String subtotal;
	public static String contingency;
	public static String total;
	public static String note;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
