// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the layout importers. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.script.internal.layout.messages"; //$NON-NLS-1$
	public static String noHeadings;
	public static String noText;
	public static String notText;
	public static String charsetGuessed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
