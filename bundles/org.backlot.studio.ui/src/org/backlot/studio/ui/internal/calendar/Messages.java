// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the booking calendar. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.ui.internal.calendar.messages"; //$NON-NLS-1$
	public static String conflictWith;
	public static String legendConflict;
	public static String legendShade;
	public static String legendTentative;
	public static String modeAPARTMENTS;
	public static String modeASSETS;
	public static String modeLOCATIONS;
	public static String modePRODUCTION;
	public static String modeSELECTION;
	public static String modeSTAGES;
	public static String modeTip;
	public static String monthYear;
	public static String noRows;
	public static String summary;
	public static String tipBooking;
	public static String tipCall;
	public static String tipConflict;
	public static String tipNote;
	public static String tipOccupant;
	public static String tipQuantity;
	public static String today;
	public static String zoomIn;
	public static String zoomOut;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
