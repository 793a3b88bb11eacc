// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the extras and housing engine and the extras command. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.internal.people.messages"; //$NON-NLS-1$
	public static String alreadyBooked;
	public static String anotherProduction;
	public static String bookExtras;
	public static String bookExtrasDescription;
	public static String bookStays;
	public static String bookingNote;
	public static String cliArgFile;
	public static String cliDay;
	public static String cliDayNoCall;
	public static String cliHeader;
	public static String cliMatching;
	public static String cliMissingScene;
	public static String cliNoExtras;
	public static String cliNoScene;
	public static String cliNoStudio;
	public static String cliNotScheduled;
	public static String cliRead;
	public static String cliReserve;
	public static String cliShort;
	public static String noNights;
	public static String noStudio;
	public static String noUnitBeds;
	public static String noUnitFree;
	public static String noUnitWith;
	public static String nobodyToBook;
	public static String nothingToBook;
	public static String readAgeFrom;
	public static String readAges;
	public static String readMen;
	public static String readPeriod;
	public static String readShorter;
	public static String readTaller;
	public static String readWomen;
	public static String shareAsked;
	public static String shareScarce;
	public static String takenCast;
	public static String takenCrew;
	public static String takenNoDepartment;
	public static String unavailable;
	public static String unitTaken;
	public static String whyAge;
	public static String whyLook;
	public static String whyPeriodLook;
	public static String whySkill;
	public static String whySpeaks;
	public static String whyTattoos;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
