// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the shot list and the storyboard. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.shots.ui.internal.shots.messages"; //$NON-NLS-1$
	public static String columnNumber;
	public static String columnSize;
	public static String columnAngle;
	public static String columnMovement;
	public static String columnLens;
	public static String columnSetup;
	public static String columnDescription;
	public static String columnSetupMinutes;
	public static String columnShootMinutes;
	public static String editNumber;
	public static String editSize;
	public static String editAngle;
	public static String editMovement;
	public static String editLens;
	public static String editSetup;
	public static String editDescription;
	public static String editSetupMinutes;
	public static String editShootMinutes;
	public static String numberProblem;
	public static String lensProblem;
	public static String minutesProblem;
	public static String noSetup;
	public static String unnamedSetup;
	public static String selectScene;
	public static String noShots;
	public static String noShotsStoryboard;
	public static String sceneTitle;
	public static String footer;
	public static String addShot;
	public static String deleteShots;
	public static String addSetup;
	public static String renumber;
	public static String addShotLabel;
	public static String deleteLabel;
	public static String addSetupLabel;
	public static String renumberLabel;
	public static String noImage;
	public static String missingImage;
	public static String frameOf;
	public static String importImage;
	public static String draw;
	public static String removeFrame;
	public static String exportPdf;
	public static String storyboardTitle;
	public static String imageFiles;
	public static String allFiles;
	public static String importLabel;
	public static String drawTitle;
	public static String drawLabel;
	public static String removeLabel;
	public static String pdfFileName;
	public static String paperTitle;
	public static String paperQuestion;
	public static String paperA4;
	public static String paperLetter;
	public static String cancel;
	public static String exportJob;
	public static String exportFailed;
	public static String penWidth;
	public static String penThin;
	public static String penMedium;
	public static String penThick;
	public static String clear;
	public static String notSaved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
