// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the preview: photos, details, the panorama viewer and its notes. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.ui.internal.preview.messages"; //$NON-NLS-1$
	public static String addPinMessage;
	public static String addPinTitle;
	public static String bookingLine;
	public static String cm;
	public static String colDirection;
	public static String colNote;
	public static String deletePin;
	public static String direction;
	public static String editPin;
	public static String editPinMessage;
	public static String editPinTitle;
	public static String fieldAddress;
	public static String fieldArea;
	public static String fieldBaseCamp;
	public static String fieldBeds;
	public static String fieldBookings;
	public static String fieldBorn;
	public static String fieldBuilding;
	public static String fieldCode;
	public static String fieldColour;
	public static String fieldCondition;
	public static String fieldContact;
	public static String fieldExpires;
	public static String fieldFeatures;
	public static String fieldFiles;
	public static String fieldFloor;
	public static String fieldGender;
	public static String fieldGps;
	public static String fieldHeight;
	public static String fieldHospital;
	public static String fieldKind;
	public static String fieldLanguages;
	public static String fieldLed;
	public static String fieldLocationPower;
	public static String fieldLooks;
	public static String fieldOfView;
	public static String fieldOwner;
	public static String fieldParking;
	public static String fieldPeriod;
	public static String fieldPerson;
	public static String fieldPower;
	public static String fieldQuantity;
	public static String fieldRights;
	public static String fieldRightsHolder;
	public static String fieldScanned;
	public static String fieldSize;
	public static String fieldSkills;
	public static String fieldStageHeight;
	public static String fieldStyle;
	public static String fieldTags;
	public static String fieldType;
	public static String fieldUsedBy;
	public static String kw;
	public static String loadJob;
	public static String loading;
	public static String lookAt;
	public static String m2;
	public static String metres;
	public static String moreBookings;
	public static String noBookings;
	public static String noPanorama;
	public static String noPhoto;
	public static String nothingSelected;
	public static String panoramaChoice;
	public static String panoramaHint;
	public static String panoramaMissing;
	public static String photoMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
