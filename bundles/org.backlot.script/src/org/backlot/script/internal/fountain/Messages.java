// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Fountain importer. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.script.internal.fountain.messages"; //$NON-NLS-1$
	public static String charsetGuessed;
	public static String unterminatedBoneyard;
	public static String unterminatedNote;
	public static String notText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
