// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.plugins;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the plugin inventory. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.core.api.plugins.messages"; //$NON-NLS-1$
	public static String pointEditors;
	public static String pointExportWizards;
	public static String pointImportWizards;
	public static String pointNewWizards;
	public static String pointPerspectives;
	public static String pointPreferencePages;
	public static String pointViews;
	public static String stateActive;
	public static String stateInstalled;
	public static String stateResolved;
	public static String stateStarting;
	public static String stateStopping;
	public static String stateUninstalled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
