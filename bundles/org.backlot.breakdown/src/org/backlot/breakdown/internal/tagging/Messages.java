// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the taggers (problems with word lists). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.breakdown.internal.tagging.messages"; //$NON-NLS-1$
	public static String lexiconMissing;
	public static String lexiconUnreadable;
	public static String lexiconNoName;
	public static String lexiconNoWord;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
