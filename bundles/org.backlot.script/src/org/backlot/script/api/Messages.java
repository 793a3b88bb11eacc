// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the script API. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.script.api.messages"; //$NON-NLS-1$
	public static String noSuchFile;
	public static String cannotRead;
	public static String emptyFile;
	public static String unknownFormat;
	public static String notAScript;
	public static String brokenImporter;
	public static String importerFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
