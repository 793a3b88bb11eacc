// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Ids of the shared UI's perspectives, views and commands, for plugins that place themselves beside them. */
public final class BacklotUi {
	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.backlot.ui"; //$NON-NLS-1$
	/** The Production perspective: the home of the suite. */
	public static final String PRODUCTION_PERSPECTIVE = "org.backlot.ui.perspectives.production"; //$NON-NLS-1$
	/** The Welcome view. */
	public static final String WELCOME_VIEW = "org.backlot.ui.views.welcome"; //$NON-NLS-1$
	/** The Production Explorer view. */
	public static final String EXPLORER_VIEW = "org.backlot.ui.views.explorer"; //$NON-NLS-1$
	/** The Problems view. */
	public static final String PROBLEMS_VIEW = "org.backlot.ui.views.problems"; //$NON-NLS-1$
	/** The production editor. */
	public static final String PRODUCTION_EDITOR = "org.backlot.ui.editors.production"; //$NON-NLS-1$
	/** The contributor id of Backlot's tabbed Properties view. */
	public static final String PROPERTIES_CONTRIBUTOR = "org.backlot.ui.properties"; //$NON-NLS-1$
	/** The Progress view of the workbench. */
	public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$
	/** Preference: show the Welcome view when the suite starts. */
	public static final String PREF_SHOW_WELCOME = "showWelcome"; //$NON-NLS-1$
	/** Preference: the perspectives the user has already been shown, separated by commas. */
	public static final String PREF_KNOWN_PERSPECTIVES = "knownPerspectives"; //$NON-NLS-1$

	private static IPreferenceStore store;

	private BacklotUi() {
	}

	/** The preference store of the shared UI (instance scope, saved when the workbench closes). */
	public static synchronized IPreferenceStore preferences() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PLUGIN_ID);
		}
		return store;
	}
}
