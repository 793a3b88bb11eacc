// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Permit Calendar view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.permits.ui.internal.calendar.messages"; //$NON-NLS-1$
	public static String dayHeader;
	public static String legendTitle;
	public static String noDays;
	public static String summary;
	public static String tipApplication;
	public static String tipCell;
	public static String tipConflict;
	public static String tipNoApplication;
	public static String tipNotNeeded;
	public static String tipPlace;
	public static String tipTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
