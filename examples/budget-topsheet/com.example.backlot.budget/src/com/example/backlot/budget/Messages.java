// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the top-sheet and the rate card. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "com.example.backlot.budget.messages"; //$NON-NLS-1$
	public static String accountCast;
	public static String accountBackground;
	public static String accountCrew;
	public static String accountStages;
	public static String accountLocations;
	public static String accountVehicles;
	public static String accountProps;
	public static String accountWardrobe;
	public static String accountSfx;
	public static String accountHousing;
	public static String accountPermits;
	public static String castBasis;
	public static String castDays;
	public static String castDaysCardRate;
	public static String elementDaysBasis;
	public static String workDays;
	public static String oneWorkDay;
	public static String oneAllowance;
	public static String allowanceBasis;
	public static String atmosphereBasis;
	public static String backgroundBasis;
	public static String lineAtmosphere;
	public static String lineUnit;
	public static String lineHoused;
	public static String housedBasis;
	public static String travellerBasis;
	public static String housingBasis;
	public static String shootDays;
	public static String days;
	public static String oneDay;
	public static String stageDaysBasis;
	public static String locationDaysBasis;
	public static String stageNumber;
	public static String feeBasis;
	public static String permitsBasis;
	public static String noBoard;
	public static String noDays;
	public static String noBoardShort;
	public static String noShootDays;
	public static String noCastWorks;
	public static String noneWorks;
	public static String noBackground;
	public static String noElements;
	public static String nobodyHoused;
	public static String noFees;
	public static String unnamed;
	public static String preferences;
	public static String fileMissing;
	public static String fileUnreadable;
	public static String valueMissing;
	public static String valueUnreadable;
	public static String unknownKey;
	public static String rateCastDay;
	public static String rateExtrasDay;
	public static String rateSilentBitDay;
	public static String rateCrewDay;
	public static String rateStageDay;
	public static String rateLocationDay;
	public static String rateVehicleDay;
	public static String ratePropAllowance;
	public static String rateWardrobeAllowance;
	public static String rateSfxDay;
	public static String rateHousingNight;
	public static String rateContingency;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
