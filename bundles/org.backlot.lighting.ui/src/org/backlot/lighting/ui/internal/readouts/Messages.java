// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.readouts;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the readouts. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.ui.internal.readouts.messages"; //$NON-NLS-1$
	public static String allGood;
	public static String colActor;
	public static String colActorTip;
	public static String colCct;
	public static String colCctTip;
	public static String colDuv;
	public static String colDuvTip;
	public static String colExposure;
	public static String colExposureTip;
	public static String colKey;
	public static String colKeyTip;
	public static String colLux;
	public static String colLuxTip;
	public static String colRatio;
	public static String colRatioTip;
	public static String colSeparation;
	public static String colSeparationTip;
	public static String colStop;
	public static String colStopTip;
	public static String gearCount;
	public static String gearShort;
	public static String gearStock;
	public static String gearType;
	public static String gearWatts;
	public static String header;
	public static String jobName;
	public static String measuring;
	public static String noActors;
	public static String noProduction;
	public static String noSetup;
	public static String ratioValue;
	public static String stopsValue;
	public static String total;
	public static String totalShort;
	public static String unlit;
	public static String warningsTip;
	public static String outOfFrame;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
