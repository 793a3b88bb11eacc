// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Plugins dialog. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.app.internal.plugins.messages"; //$NON-NLS-1$
	public static String buttonClose;
	public static String buttonInstall;
	public static String buttonUninstall;
	public static String buttonUpdate;
	public static String columnAdds;
	public static String columnName;
	public static String columnStatus;
	public static String columnVendor;
	public static String columnVersion;
	public static String detailsHeader;
	public static String detailsNothing;
	public static String detailsOther;
	public static String installArchive;
	public static String installBadAddress;
	public static String installButton;
	public static String installEmpty;
	public static String installFolder;
	public static String installLocation;
	public static String installLocationHint;
	public static String installMessage;
	public static String installMissing;
	public static String installNotASite;
	public static String installNothing;
	public static String installReading;
	public static String installTitle;
	public static String p2Failed;
	public static String pluginsIntro;
	public static String pluginsNoProfile;
	public static String pluginsShowAll;
	public static String pluginsTitle;
	public static String statusProblem;
	public static String uninstallNoFeature;
	public static String uninstallOwn;
	public static String uninstallSelect;
	public static String updateEverything;
	public static String updateLooking;
	public static String updateNone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
