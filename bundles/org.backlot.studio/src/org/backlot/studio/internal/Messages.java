// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the studio bundle. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.internal.messages"; //$NON-NLS-1$
	public static String exists;
	public static String generated;
	public static String missingOut;
	public static String unknownBench;
	public static String unknownSubcommand;
	public static String wrongExtension;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
