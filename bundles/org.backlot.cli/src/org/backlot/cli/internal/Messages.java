// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the command line. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.cli.internal.messages"; //$NON-NLS-1$
	public static String argFile;
	public static String argProductionFile;
	public static String brokenCommand;
	public static String missingArgumentNamed;
	public static String newCreated;
	public static String newExists;
	public static String newWrongExtension;
	public static String unknownFormat;
	public static String exportMissingFormat;
	public static String validateSummary;
	public static String commands;
	public static String commandUsage;
	public static String globalOptions;
	public static String internalError;
	public static String moreHelp;
	public static String unknownCommand;
	public static String usage;
	public static String pluginsHeader;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
