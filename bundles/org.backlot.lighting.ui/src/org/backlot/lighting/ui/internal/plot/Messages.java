// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the light plot. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.ui.internal.plot.messages"; //$NON-NLS-1$
	public static String aimTip;
	public static String brighter;
	public static String cameraLabel;
	public static String cameraLit;
	public static String darker;
	public static String deleteLamps;
	public static String featureOff;
	public static String lampLabel;
	public static String lampOff;
	public static String lampTip;
	public static String newSetup;
	public static String newSetupMessage;
	public static String newSetupTip;
	public static String newSetupTitle;
	public static String noCameras;
	public static String noProduction;
	public static String noSetups;
	public static String noType;
	public static String paletteEntry;
	public static String paletteEntryTip;
	public static String paletteLamps;
	public static String paletteMarquee;
	public static String paletteMarqueeTip;
	public static String paletteSelect;
	public static String paletteSelectTip;
	public static String paletteTools;
	public static String panLeft;
	public static String panRight;
	public static String setupLabel;
	public static String setupTip;
	public static String status;
	public static String switchOff;
	public static String tiltDown;
	public static String tiltUp;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
