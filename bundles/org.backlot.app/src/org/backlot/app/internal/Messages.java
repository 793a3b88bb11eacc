// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the application window. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.app.internal.messages"; //$NON-NLS-1$
	public static String brokenPluginsMessage;
	public static String brokenPluginsTitle;
	public static String menuEdit;
	public static String menuFile;
	public static String menuHelp;
	public static String menuNew;
	public static String menuOpenPerspective;
	public static String menuOpenRecent;
	public static String menuShowView;
	public static String menuWindow;
	public static String noDisplay;
	public static String sampleJob;
	public static String updateSitesJob;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
