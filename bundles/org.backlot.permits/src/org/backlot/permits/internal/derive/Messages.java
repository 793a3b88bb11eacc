// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import org.eclipse.osgi.util.NLS;

/** Texts of the permit derivation: evidence, drafts, conflicts. */
public final class Messages extends NLS {
	public static String datePattern;
	public static String hours;
	public static String scenePrefix;
	public static String evidence;
	public static String evidenceExtras;
	public static String background;
	public static String evidenceDroneShot;
	public static String allPlaces;
	public static String description;
	public static String descriptionScene;
	public static String equipment;
	public static String equipmentVehicles;
	public static String createOne;
	public static String createMany;
	public static String notApplied;
	public static String notInTimeDraft;
	public static String notInTimePending;
	public static String hoursNotCovered;
	public static String dayNotCovered;
	public static String placeNotCovered;
	public static String refused;
	public static String documentExpired;
	public static String statusRejected;
	public static String statusWithdrawn;
	public static String statusExpired;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
