// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the registers view: registers, columns, filters, record editing and CSV import and export. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.ui.internal.registers.messages"; //$NON-NLS-1$
	public static String addAction;
	public static String addLabel;
	public static String addTip;
	public static String age;
	public static String any;
	public static String anyCondition;
	public static String anyGender;
	public static String anyKind;
	public static String anyPeriod;
	public static String anyType;
	public static String colAddress;
	public static String colAge;
	public static String colArea;
	public static String colBeds;
	public static String colBuilding;
	public static String colCode;
	public static String colColour;
	public static String colColumn;
	public static String colCondition;
	public static String colExpires;
	public static String colFeatures;
	public static String colFloor;
	public static String colGender;
	public static String colHeight;
	public static String colHospital;
	public static String colKind;
	public static String colLanguages;
	public static String colLed;
	public static String colLooks;
	public static String colName;
	public static String colNameOther;
	public static String colNumber;
	public static String colOwner;
	public static String colPanoramas;
	public static String colParking;
	public static String colPeriod;
	public static String colPerson;
	public static String colPower;
	public static String colProblem;
	public static String colQuantity;
	public static String colRightsHolder;
	public static String colRow;
	public static String colSize;
	public static String colSkills;
	public static String colStageHeight;
	public static String colStyle;
	public static String colTags;
	public static String colType;
	public static String colUnit;
	public static String colUsedBy;
	public static String count;
	public static String csvFiles;
	public static String deleteAction;
	public static String deleteBookings;
	public static String deleteLabel;
	public static String deleteRefused;
	public static String deleteTip;
	public static String deleteTitle;
	public static String duplicateAction;
	public static String duplicateLabel;
	public static String duplicateTip;
	public static String exportAction;
	public static String exportFailed;
	public static String exportJob;
	public static String exportTip;
	public static String freeOn;
	public static String freeOnTip;
	public static String height;
	public static String importAction;
	public static String importFailed;
	public static String importFailedTitle;
	public static String importJob;
	public static String importTip;
	public static String imported;
	public static String indexJob;
	public static String indexing;
	public static String ledOnly;
	public static String minBeds;
	public static String negativeNumber;
	public static String newAssetEn;
	public static String newAssetZh;
	public static String newItemEn;
	public static String newItemZh;
	public static String newLocationEn;
	public static String newLocationZh;
	public static String newPerson;
	public static String newStageEn;
	public static String newStageZh;
	public static String noLedWall;
	public static String notNumber;
	public static String notWholeNumber;
	public static String registerAPARTMENTS;
	public static String registerASSETS;
	public static String registerEXTRAS;
	public static String registerINVENTORY;
	public static String registerLOCATIONS;
	public static String registerSTAGES;
	public static String searchAPARTMENTS;
	public static String searchASSETS;
	public static String searchEXTRAS;
	public static String searchINVENTORY;
	public static String searchLOCATIONS;
	public static String searchSTAGES;
	public static String skills;
	public static String skillsHint;
	public static String to;
	public static String unnamedSet;
	public static String useOnLedWall;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
