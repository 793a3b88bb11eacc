// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.DayKind;
import org.backlot.ui.api.BacklotUi;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Strip colours by INT/EXT and day/night (INT/DAY white, EXT/DAY yellow,
 * INT/NIGHT blue, EXT/NIGHT green by default), kept in the shared preference
 * store so that a preference page can change them. INT/EXT counts as EXT;
 * dawn, dusk and morning as day, evening as night.
 */
final class StripColours {
	/** Preference keys. */
	static final String INT_DAY = "stripboard.colour.intDay", EXT_DAY = "stripboard.colour.extDay", //$NON-NLS-1$ //$NON-NLS-2$
			INT_NIGHT = "stripboard.colour.intNight", EXT_NIGHT = "stripboard.colour.extNight"; //$NON-NLS-1$ //$NON-NLS-2$
	/** Defaults per DOMAIN.md. */
	static final RGB DEFAULT_INT_DAY = new RGB(255, 255, 255), DEFAULT_EXT_DAY = new RGB(255, 236, 120),
			DEFAULT_INT_NIGHT = new RGB(150, 190, 240), DEFAULT_EXT_NIGHT = new RGB(150, 215, 150);

	private final ResourceManager resources;
	private final java.util.Map<RGB, Color> cache = new java.util.HashMap<>();

	StripColours(ResourceManager resources) {
		this.resources = resources;
		defaults(BacklotUi.preferences());
	}

	/** Registers the default colours in the store. */
	static void defaults(IPreferenceStore store) {
		PreferenceConverter.setDefault(store, INT_DAY, DEFAULT_INT_DAY);
		PreferenceConverter.setDefault(store, EXT_DAY, DEFAULT_EXT_DAY);
		PreferenceConverter.setDefault(store, INT_NIGHT, DEFAULT_INT_NIGHT);
		PreferenceConverter.setDefault(store, EXT_NIGHT, DEFAULT_EXT_NIGHT);
	}

	/** The preference key of a scene's strip colour. */
	static String key(Scene s) {
		boolean ext = s.getIntExt() == IntExt.EXT || s.getIntExt() == IntExt.INT_EXT;
		boolean night = DayKind.isNight(s);
		return night ? ext ? EXT_NIGHT : INT_NIGHT : ext ? EXT_DAY : INT_DAY;
	}

	/** The strip colour of a scene. */
	Color of(Scene s) {
		RGB rgb = PreferenceConverter.getColor(BacklotUi.preferences(), key(s));
		return cache.computeIfAbsent(rgb, c -> resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(c)));
	}
}
