// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import org.eclipse.osgi.util.NLS;

/** Texts of Backlot's own authority rules: reasons and document kinds. */
final class Messages extends NLS {
	public static String policePublic;
	public static String policeFirearms;
	public static String policeCrowd;
	public static String policeStunts;
	public static String trafficVehicles;
	public static String trafficParking;
	public static String cultureFilming;
	public static String cultureHeritage;
	public static String firePyro;
	public static String fireFlame;
	public static String fireSmoke;
	public static String urbanGround;
	public static String urbanNight;
	public static String aviationDrone;
	public static String parksLandmark;
	public static String docInsurance;
	public static String docCrewList;
	public static String docSitePlan;
	public static String docTrafficPlan;
	public static String docOwnerConsent;
	public static String docNeighbourNotice;
	public static String docPyroPlan;
	public static String docOperatorLicence;
	public static String docDroneRegistration;
	public static String docPilotLicence;
	public static String docFlightPlan;
	public static String docWeapons;
	public static String docRegistration;
	public static String docSynopsis;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
