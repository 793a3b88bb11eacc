// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the permit commands. */
public final class Messages extends NLS {
	public static String argFile;
	public static String nothingToGenerate;
	public static String generated;
	public static String noBoard;
	public static String header;
	public static String dayLine;
	public static String noneNeeded;
	public static String applicationsHeader;
	public static String noApplications;
	public static String conflictsHeader;
	public static String reportHeader;
	public static String colAuthority;
	public static String colApplications;
	public static String colDecided;
	public static String colOnTime;
	public static String colMean;
	public static String colMax;
	public static String colLate;
	public static String colAtRisk;
	public static String submitBy;
	public static String covMissing;
	public static String covNotSubmitted;
	public static String covPending;
	public static String covAtRisk;
	public static String covApproved;
	public static String covPartly;
	public static String covRefused;
	public static String clockLine;
	public static String noAuthority;
	public static String missingOption;
	public static String cannotWrite;
	public static String written;
	public static String unknownApplication;
	public static String ambiguousApplication;
	public static String badLanguage;
	public static String applicationHeader;
	public static String fDescription;
	public static String fPermitNumber;
	public static String fReference;
	public static String fConditions;
	public static String fLocations;
	public static String fPeriod;
	public static String fHeadCount;
	public static String fVehicles;
	public static String fHazards;
	public static String fFee;
	public static String fClock;
	public static String checklistComplete;
	public static String checklistMissing;
	public static String documentLine;
	public static String noFile;
	public static String historyHeader;
	public static String historyLine;
	public static String benchNoArguments;
	public static String benchRuns;
	public static String benchDays;
	public static String benchDeriveEmpty;
	public static String benchDeriveCovered;
	public static String benchConflicts;
	public static String benchHeader;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
