// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the match view: the store, extras, stages and housing tabs. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.ui.internal.match.messages"; //$NON-NLS-1$
	public static String alreadyBooked;
	public static String book;
	public static String bookExtrasTip;
	public static String bookHousing;
	public static String bookHousingTip;
	public static String bookStages;
	public static String bookStagesTip;
	public static String cannotBook;
	public static String cast;
	public static String chosen;
	public static String colAge;
	public static String colBooked;
	public static String colCategory;
	public static String colClash;
	public static String colCode;
	public static String colCount;
	public static String colDays;
	public static String colDepartment;
	public static String colDescription;
	public static String colElement;
	public static String colFrom;
	public static String colLook;
	public static String colName;
	public static String colNights;
	public static String colPerson;
	public static String colPick;
	public static String colPreferences;
	public static String colPurpose;
	public static String colScene;
	public static String colScore;
	public static String colShared;
	public static String colShootDay;
	public static String colStage;
	public static String colState;
	public static String colStatus;
	public static String colTo;
	public static String colUnit;
	public static String colWhy;
	public static String housingSummary;
	public static String matchJob;
	public static String matching;
	public static String met;
	public static String needBooked;
	public static String needNew;
	public static String noBoard;
	public static String noBreakdown;
	public static String noHousingNeeds;
	public static String noMatch;
	public static String noRequirements;
	public static String notOnBoard;
	public static String weakMatch;
	public static String plan;
	public static String planFirst;
	public static String planJob;
	public static String planTip;
	public static String proposedFree;
	public static String proposedTaken;
	public static String reserve;
	public static String reserveAll;
	public static String reserveAllTip;
	public static String reserveMark;
	public static String reserveTip;
	public static String reservedAs;
	public static String score;
	public static String shortlistSummary;
	public static String stagesSummary;
	public static String tabExtras;
	public static String tabHousing;
	public static String tabStages;
	public static String tabStore;
	public static String understood;
	public static String unhoused;
	public static String unmet;
	public static String unscheduled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
