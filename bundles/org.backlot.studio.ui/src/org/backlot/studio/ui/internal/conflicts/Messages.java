// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.conflicts;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the conflicts view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.ui.internal.conflicts.messages"; //$NON-NLS-1$
	public static String colDays;
	public static String colDetails;
	public static String colKind;
	public static String colProductions;
	public static String colResource;
	public static String doubleBooked;
	public static String kindDouble;
	public static String kindQuantity;
	public static String kindRights;
	public static String none;
	public static String onlyMine;
	public static String onlyMineTip;
	public static String overQuantity;
	public static String show;
	public static String summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
