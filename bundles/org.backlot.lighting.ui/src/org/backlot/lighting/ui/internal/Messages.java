// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the lighting views' shared parts. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.ui.internal.messages"; //$NON-NLS-1$
	public static String cmdAddLamp;
	public static String cmdCreateSetup;
	public static String cmdDelete;
	public static String cmdDeleteMany;
	public static String cmdDim;
	public static String cmdMove;
	public static String cmdPan;
	public static String cmdSet;
	public static String cmdTilt;
	public static String gelCTB;
	public static String gelCTO;
	public static String gelHALF_CTB;
	public static String gelHALF_CTO;
	public static String gelMINUS_GREEN;
	public static String gelNONE;
	public static String gelPLUS_GREEN;
	public static String gelQUARTER_CTB;
	public static String gelQUARTER_CTO;
	public static String newLampName;
	public static String noteAiming;
	public static String noteDragging;
	public static String noteSlider;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
