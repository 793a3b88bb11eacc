// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the lighting commands. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.internal.cli.messages"; //$NON-NLS-1$
	public static String argFile;
	public static String noSetups;
	public static String listHeader;
	public static String listLine;
	public static String none;
	public static String unknownSetup;
	public static String needSetup;
	public static String unknownLook;
	public static String badStop;
	public static String badSize;
	public static String badQuality;
	public static String notPng;
	public static String renderFailed;
	public static String header;
	public static String actorsHeader;
	public static String noActors;
	public static String actorLine;
	public static String warningLine;
	public static String notInFrame;
	public static String fixturesNoArguments;
	public static String unknownLibrary;
	public static String libraryHeader;
	public static String gearHeader;
	public static String gearLine;
	public static String totalPower;
	public static String shortfallNone;
	public static String shortfallLine;
	public static String problemsHeader;
	public static String problemLine;
	public static String rendered;
	public static String lookHeader;
	public static String colourTarget;
	public static String noColour;
	public static String noSubject;
	public static String unknownSubject;
	public static String proposalLine;
	public static String allMet;
	public static String someMissed;
	public static String proposalFixture;
	public static String explanationLine;
	public static String noProposal;
	public static String applied;
	public static String cannotApply;
	public static String advisorProblem;
	public static String benchTooMany;
	public static String benchSample;
	public static String benchGenerated;
	public static String benchHeader;
	public static String benchNoFile;
	public static String benchSummary;
	public static String benchRuns;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
