// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the scheduling commands. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.schedule.internal.cli.messages"; //$NON-NLS-1$
	public static String argFile;
	public static String noBoard;
	public static String badSeconds;
	public static String badNumber;
	public static String tooManyFiles;
	public static String boardHeader;
	public static String dayLine;
	public static String unscheduledHeader;
	public static String costHeader;
	public static String costBefore;
	public static String costStart;
	public static String costAfter;
	public static String total;
	public static String constraintsHeader;
	public static String constraintLine;
	public static String ok;
	public static String broken;
	public static String optimized;
	public static String noFeasible;
	public static String saved;
	public static String benchSample;
	public static String benchGenerated;
	public static String benchHeader;
	public static String benchNote;
	public static String benchCheck;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
