// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the blocking diagram. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.shots.ui.internal.blocking.messages"; //$NON-NLS-1$
	public static String addCamera;
	public static String addCameraTip;
	public static String addMark;
	public static String addMarkTip;
	public static String addMove;
	public static String addMoveTip;
	public static String cameraLabel;
	public static String cmdAddCamera;
	public static String cmdAddMark;
	public static String cmdAddMove;
	public static String cmdCreatePlan;
	public static String cmdMove;
	public static String cmdPan;
	public static String createPlan;
	public static String createPlanTip;
	public static String defaultCameraName;
	public static String defaultMarkName;
	public static String defaultPlanName;
	public static String noPlan;
	public static String noProduction;
	public static String noScene;
	public static String rotateLeft;
	public static String rotateRight;
	public static String status;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
