// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the file store. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.core.internal.store.messages"; //$NON-NLS-1$
	public static String badVersion;
	public static String cannotRead;
	public static String cannotWrite;
	public static String emptyFile;
	public static String loadFailed;
	public static String loadFailedAtLine;
	public static String newerVersion;
	public static String noContent;
	public static String notAProduction;
	public static String notAStudio;
	public static String notFound;
	public static String notXml;
	public static String refuseOverwrite;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
