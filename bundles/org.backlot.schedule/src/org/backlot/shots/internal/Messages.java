// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of shot planning: storyboard files and PDF, shot labels and the shots commands. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.shots.internal.messages"; //$NON-NLS-1$
	public static String cannotReadImage;
	public static String notAnImage;
	public static String notSaved;
	public static String cannotEncode;
	public static String pdfPage;
	public static String pdfStoryboard;
	public static String pdfScene;
	public static String pdfFrameOf;
	public static String pdfNoImage;
	public static String pdfMissing;
	public static String labelKind;
	public static String labelLens;
	public static String labelLensSetup;
	public static String labelMinutes;
	public static String argProduction;
	public static String unknownScene;
	public static String missingOut;
	public static String cannotWrite;
	public static String written;
	public static String noShots;
	public static String sceneTotal;
	public static String size_EWS;
	public static String size_WS;
	public static String size_MS;
	public static String size_MCU;
	public static String size_CU;
	public static String size_ECU;
	public static String size_INSERT;
	public static String angle_EYE_LEVEL;
	public static String angle_HIGH;
	public static String angle_LOW;
	public static String angle_OVERHEAD;
	public static String angle_DUTCH;
	public static String angle_POV;
	public static String movement_STATIC;
	public static String movement_PAN;
	public static String movement_TILT;
	public static String movement_DOLLY;
	public static String movement_CRANE;
	public static String movement_HANDHELD;
	public static String movement_STEADICAM;
	public static String movement_DRONE;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
