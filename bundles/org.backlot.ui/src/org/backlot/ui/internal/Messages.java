// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the shared UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.ui.internal.messages"; //$NON-NLS-1$
	public static String languageChinese;
	public static String languageDescription;
	public static String languageEnglish;
	public static String languageLabel;
	public static String languageReadError;
	public static String languageRestart;
	public static String languageSystem;
	public static String languageWriteError;
	public static String welcomeIntro;
	public static String welcomePerspectives;
	public static String welcomePerspectivesHint;
	public static String welcomeShowAtStart;
	public static String welcomeTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
