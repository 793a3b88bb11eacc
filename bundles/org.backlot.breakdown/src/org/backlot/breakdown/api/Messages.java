// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the breakdown API (report texts). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.breakdown.api.messages"; //$NON-NLS-1$
	public static String sheetTitle;
	public static String sheetScene;
	public static String sheetFacts;
	public static String sheetExtras;
	public static String noScenes;
	public static String elementsTitle;
	public static String elementScenes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
