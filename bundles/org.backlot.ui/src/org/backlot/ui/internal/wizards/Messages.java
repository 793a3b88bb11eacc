// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the export wizard. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.ui.internal.wizards.messages"; //$NON-NLS-1$
	public static String browse;
	public static String exportDescription;
	public static String exportFailed;
	public static String exportFailedTitle;
	public static String exportFormat;
	public static String exportJob;
	public static String exportSource;
	public static String exportTarget;
	public static String exportTitle;
	public static String filterAll;
	public static String filterFormat;
	public static String formatDescription;
	public static String formatItem;
	public static String noFormat;
	public static String noSource;
	public static String sourceProduction;
	public static String sourceStudio;
	public static String targetBadPath;
	public static String targetExists;
	public static String targetIsFolder;
	public static String targetIsSource;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
