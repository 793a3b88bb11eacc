// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Final Draft importer. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.script.internal.fdx.messages"; //$NON-NLS-1$
	public static String notWellFormed;
	public static String notWellFormedNoLine;
	public static String notFinalDraft;
	public static String noContent;
	public static String unknownType;
	public static String unknownTag;
	public static String looseNotes;
	public static String cannotRead;
	public static String notUtf8;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
