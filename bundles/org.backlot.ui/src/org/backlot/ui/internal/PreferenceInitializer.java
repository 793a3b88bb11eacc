// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** Defaults of the shared UI's preferences. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {
	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(BacklotUi.PLUGIN_ID).putBoolean(BacklotUi.PREF_SHOW_WELCOME, true);
	}
}
