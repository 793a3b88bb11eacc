// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings shared by the studio views: empty states, dates and the names of the studio's kinds, purposes and states. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.ui.internal.messages"; //$NON-NLS-1$
	public static String apartmentName;
	public static String assetDIGITAL_HUMAN;
	public static String assetLED_ENVIRONMENT;
	public static String assetOTHER;
	public static String conditionDAMAGED;
	public static String conditionGOOD;
	public static String conditionNEW;
	public static String conditionWORN;
	public static String dateSpan;
	public static String genderFEMALE;
	public static String genderMALE;
	public static String genderOTHER;
	public static String kindCOSTUME;
	public static String kindFIXTURE;
	public static String kindPROP;
	public static String kindSET_DRESSING;
	public static String kindVEHICLE;
	public static String kindWEAPON;
	public static String listSeparator;
	public static String locationPRIVATE;
	public static String locationPUBLIC;
	public static String noProduction;
	public static String noStudio;
	public static String purposeFITTING;
	public static String purposeHOLD;
	public static String purposePREP;
	public static String purposeSHOOT;
	public static String purposeSTAY;
	public static String purposeSTRIKE;
	public static String purposeUSE;
	public static String statusCANCELLED;
	public static String statusCONFIRMED;
	public static String statusTENTATIVE;
	public static String unknownProduction;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
