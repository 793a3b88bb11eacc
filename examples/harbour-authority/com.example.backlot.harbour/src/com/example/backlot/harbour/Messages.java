// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.harbour;

import org.eclipse.osgi.util.NLS;

/** Texts of the harbour authority's rules: reasons and document kinds, in English and Chinese. */
final class Messages extends NLS {
	public static String reasonPlace;
	public static String reasonScene;
	public static String reasonBoat;
	public static String reasonVehicle;
	public static String reasonWork;
	public static String docInsurance;
	public static String docCrewList;
	public static String docWaterSafety;
	public static String docVessels;
	public static String docCrewCertificates;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
