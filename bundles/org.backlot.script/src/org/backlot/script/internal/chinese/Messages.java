// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Chinese screenplay importer. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.script.internal.chinese.messages"; //$NON-NLS-1$
	public static String charsetGuessed;
	public static String notText;
	public static String blank;
	public static String noHeadings;
	public static String headingsWithoutPlace;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
