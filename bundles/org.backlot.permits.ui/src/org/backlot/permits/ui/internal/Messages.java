// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings shared by the permit views. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.permits.ui.internal.messages"; //$NON-NLS-1$
	public static String clockAT_RISK;
	public static String clockDECIDED_LATE;
	public static String clockDECIDED_ON_TIME;
	public static String clockLATE;
	public static String clockNOT_STARTED;
	public static String clockON_TIME;
	public static String clockText;
	public static String coverageAPPROVED;
	public static String coverageAT_RISK;
	public static String coverageMISSING;
	public static String coverageNONE;
	public static String coverageNOT_SUBMITTED;
	public static String coveragePARTLY_APPROVED;
	public static String coveragePENDING;
	public static String coverageREFUSED;
	public static String createJob;
	public static String createLabel;
	public static String createOneLabel;
	public static String created;
	public static String dayAndDate;
	public static String dayShort;
	public static String engineFailed;
	public static String hazardANIMALS;
	public static String hazardCROWD;
	public static String hazardDRONES;
	public static String hazardFIREARMS;
	public static String hazardMOVING_VEHICLES;
	public static String hazardOPEN_FLAME;
	public static String hazardPYROTECHNICS;
	public static String hazardSMOKE;
	public static String hazardSTUNTS;
	public static String hazardWATERCRAFT;
	public static String listSeparator;
	public static String noBoardToGenerate;
	public static String noProduction;
	public static String noSchedule;
	public static String notApplied;
	public static String nothingMissing;
	public static String periodPREP;
	public static String periodRAIN;
	public static String periodSHOOT;
	public static String periodSTRIKE;
	public static String statusAPPROVED;
	public static String statusCOMPLETE;
	public static String statusDRAFT;
	public static String statusEXPIRED;
	public static String statusMORE_INFO;
	public static String statusREJECTED;
	public static String statusSUBMITTED;
	public static String statusWITHDRAWN;
	public static String unknownAuthority;
	public static String unnamedPlace;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
