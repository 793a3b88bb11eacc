// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import org.eclipse.osgi.util.NLS;

/** Texts of the permit workflow: statuses, checklist, clocks, documents and the clock report. */
public final class Messages extends NLS {
	public static String statusDraft;
	public static String statusComplete;
	public static String statusSubmitted;
	public static String statusMoreInfo;
	public static String statusApproved;
	public static String statusRejected;
	public static String statusWithdrawn;
	public static String statusExpired;

	public static String clockNotStarted;
	public static String clockOnTime;
	public static String clockAtRisk;
	public static String clockLate;
	public static String clockDecidedOnTime;
	public static String clockDecidedLate;

	public static String fieldApplicant;
	public static String fieldPersonInCharge;
	public static String fieldDescription;
	public static String fieldLocations;
	public static String fieldPeriods;
	public static String fieldHeadCount;
	public static String fieldVehicles;
	public static String fieldEquipment;
	public static String fieldRoadClosures;
	public static String fieldHazards;

	public static String notFilled;
	public static String periodsCount;
	public static String periodIncomplete;
	public static String closuresCount;
	public static String closureIncomplete;
	public static String vehiclesDone;
	public static String vehicleTypesMissing;
	public static String hazardsCount;
	public static String notAttached;
	public static String fileNotFound;
	public static String expiredOn;
	public static String validUntil;
	public static String missingItem;
	public static String listSeparator;

	public static String notComplete;
	public static String sameStatus;
	public static String notAllowed;
	public static String notADecision;

	public static String cmdComplete;
	public static String cmdSubmit;
	public static String cmdResubmit;
	public static String cmdMoreInfo;
	public static String cmdApprove;
	public static String cmdReject;
	public static String cmdWithdraw;
	public static String cmdExpire;
	public static String cmdDraft;
	public static String cmdRevise;
	public static String cmdReopen;
	public static String cmdSyncDocuments;
	public static String cmdAttach;
	public static String approvedNote;
	public static String approvedNoteConditions;

	public static String noAuthority;
	public static String notSaved;
	public static String cannotRead;
	public static String copyFailed;
	public static String reportTotal;

	public static String docInsurance;
	public static String docCrewList;
	public static String docSitePlan;
	public static String docTrafficPlan;
	public static String docOwnerConsent;
	public static String docNeighbourNotice;
	public static String docWeaponsList;
	public static String docPyrotechnicsPlan;
	public static String docOperatorLicence;
	public static String docDroneRegistration;
	public static String docPilotLicence;
	public static String docFlightPlan;
	public static String docRegistration;
	public static String docSynopsis;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
