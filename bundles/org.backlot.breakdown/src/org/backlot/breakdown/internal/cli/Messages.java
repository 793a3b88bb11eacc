// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the breakdown commands. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.breakdown.internal.cli.messages"; //$NON-NLS-1$
	public static String argScript;
	public static String argProduction;
	public static String missingOption;
	public static String wrongExtension;
	public static String cannotImport;
	public static String imported;
	public static String charset;
	public static String revision;
	public static String warning;
	public static String unknownReport;
	public static String cannotWrite;
	public static String written;
	public static String noStudio;
	public static String benchScript;
	public static String benchFiles;
	public static String benchColumns;
	public static String benchNote;
	public static String benchAtLeastOne;
	public static String benchCannotRead;
	public static String benchUnexpected;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
