// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the scheduling engine: cost terms, constraints, violations. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.schedule.internal.solver.messages"; //$NON-NLS-1$
	public static String datePattern;
	public static String anotherProduction;
	public static String isUnavailable;
	public static String isBookedBy;
	public static String permitFor;
	public static String permitRefused;
	public static String permitEarliest;
	public static String permitPeriods;
	public static String onDay;
	public static String dayAndDate;
	public static String unscheduledWord;
	public static String tooManyPages;
	public static String tooManyMinutes;
	public static String heldActor;
	public static String pinnedMoved;
	public static String coverTooEarly;
	public static String sceneTooLong;
	public static String sceneTooSlow;
	public static String neverPossible;
	public static String costCompanyMoves;
	public static String costLocationChanges;
	public static String costCastDays;
	public static String costShootDays;
	public static String costStageDays;
	public static String costNightToDay;
	public static String cPages;
	public static String cMinutes;
	public static String cCast;
	public static String cHold;
	public static String cStage;
	public static String cLocation;
	public static String cPermits;
	public static String cTurnaround;
	public static String cPinned;
	public static String cWeather;
	public static String cHolidays;
	public static String xBroken;
	public static String xPages;
	public static String xMinutes;
	public static String xCast;
	public static String xHold;
	public static String xStage;
	public static String xLocation;
	public static String xPermits;
	public static String xTurnaround;
	public static String xTurnaroundNone;
	public static String xPinned;
	public static String xWeather;
	public static String xHolidays;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
