// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the look assistant. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.ui.internal.assistant.messages"; //$NON-NLS-1$
	public static String applied;
	public static String apply;
	public static String applyTip;
	public static String cancel;
	public static String cancelled;
	public static String cmdApply;
	public static String colAchieved;
	public static String colMet;
	public static String colProposal;
	public static String colScore;
	public static String colTarget;
	public static String colWanted;
	public static String failed;
	public static String hint;
	public static String isoLabel;
	public static String jobName;
	public static String lookLabel;
	public static String no;
	public static String noProduction;
	public static String noSetup;
	public static String noteProposal;
	public static String nothingProposed;
	public static String productionLook;
	public static String propose;
	public static String proposeTip;
	public static String proposed;
	public static String proposing;
	public static String stopAuto;
	public static String stopLabel;
	public static String stopTip;
	public static String valueUnit;
	public static String yes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
