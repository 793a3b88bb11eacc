// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the camera preview. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.ui.internal.preview.messages"; //$NON-NLS-1$
	public static String cannotCompile;
	public static String floorMap;
	public static String floorMapComputing;
	public static String floorMapJob;
	public static String floorMapStatus;
	public static String floorMapTip;
	public static String legendTitle;
	public static String noProduction;
	public static String noSetup;
	public static String noShot;
	public static String notSaved;
	public static String qualityBounce;
	public static String qualityDraft;
	public static String qualityHard;
	public static String qualitySoft;
	public static String refining;
	public static String renderFailed;
	public static String status;
	public static String takeFrame;
	public static String takeFrameTip;
	public static String takeLabel;
	public static String takeTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
