// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the core API. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.core.api.messages"; //$NON-NLS-1$
	public static String brokenContribution;
	public static String notAnInstance;
	public static String exportCannotWrite;
	public static String exportDuplicate;
	public static String exportFailed;
	public static String exportMissingAttribute;
	public static String exportNotForProductions;
	public static String exportNotForRoot;
	public static String exportNotForStudios;
	public static String exportNotLoaded;
	public static String exportUnknownRoot;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
