// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the registers' CSV import and export and of the studio reports. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.internal.registers.messages"; //$NON-NLS-1$
	public static String andMore;
	public static String backwardsRange;
	public static String byAge;
	public static String byCondition;
	public static String byGender;
	public static String byKind;
	public static String cannotWrite;
	public static String colShare;
	public static String colStage;
	public static String colUsed;
	public static String conflicts;
	public static String csvAfterQuote;
	public static String csvOpenQuote;
	public static String duplicateColumn;
	public static String duplicateRow;
	public static String exported;
	public static String extraArgument;
	public static String extrasBookings;
	public static String extrasTitle;
	public static String fieldCount;
	public static String housingSummary;
	public static String housingTitle;
	public static String idMismatch;
	public static String importLabel;
	public static String imported;
	public static String inventoryTitle;
	public static String keyTaken;
	public static String missingColumn;
	public static String missingFile;
	public static String noConflicts;
	public static String noHeader;
	public static String noSuchFile;
	public static String notAStudio;
	public static String notChoice;
	public static String notDate;
	public static String notNumber;
	public static String notWholeNumber;
	public static String notYesNo;
	public static String oneMode;
	public static String rangeBackwards;
	public static String rejected;
	public static String required;
	public static String reserved;
	public static String stagesTitle;
	public static String unknownColumn;
	public static String unknownRegister;
	public static String unknownReport;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
