// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the day-out-of-days and the call sheet. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.schedule.internal.reports.messages"; //$NON-NLS-1$
	public static String argProduction;
	public static String noBoard;
	public static String unknownCategory;
	public static String missingOption;
	public static String notANumber;
	public static String dayOutOfRange;
	public static String cannotWrite;
	public static String written;
	public static String oneFormat;
	public static String doodTitle;
	public static String doodProduction;
	public static String doodElement;
	public static String doodWork;
	public static String doodHold;
	public static String doodTravel;
	public static String doodOther;
	public static String doodTotal;
	public static String doodPage;
	public static String doodLegend;
	public static String doodEmpty;
	public static String offRest;
	public static String offDayOff;
	public static String offCompanyMove;
	public static String csTitle;
	public static String csDayOf;
	public static String csDate;
	public static String csCrewCall;
	public static String csShootingCall;
	public static String csWrap;
	public static String csWeather;
	public static String csSun;
	public static String csPolar;
	public static String csLocations;
	public static String csAddress;
	public static String csParking;
	public static String csHospital;
	public static String csScenes;
	public static String csScene;
	public static String csSceneLine;
	public static String csExtras;
	public static String csCast;
	public static String csCastHeader;
	public static String csCastLine;
	public static String csBackground;
	public static String csBackgroundLine;
	public static String csSpecial;
	public static String csAdvance;
	public static String csAdvanceDay;
	public static String csCrew;
	public static String csNone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
