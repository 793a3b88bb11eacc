// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the command-line API. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.cli.api.messages"; //$NON-NLS-1$
	public static String missingArgument;
	public static String missingValue;
	public static String badDate;
	public static String notANumber;
	public static String unexpectedArgument;
	public static String tooManyArguments;
	public static String unknownPaper;
	public static String notAProduction;
	public static String unknownOption;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
