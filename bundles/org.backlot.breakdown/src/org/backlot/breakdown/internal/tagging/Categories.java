// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.List;

/** The category keys the taggers use (the product's default categories) and their precedence. */
public final class Categories {
	/** Category keys. */
	public static final String CAST = "cast", STUNTS = "stunts", EXTRAS_SILENT = "extras-silent", EXTRAS = "extras", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			SFX = "sfx", PROPS = "props", VEHICLES = "vehicles", SOUND = "sound", WARDROBE = "wardrobe", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			MAKEUP = "makeup", EQUIPMENT = "equipment", NOTES = "notes", WEAPONS = "weapons", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			SET_DRESSING = "set-dressing", ANIMALS = "animals", VFX = "vfx", GREENERY = "greenery"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * Every key, most specific first: when one word is listed in two categories,
	 * or two taggers give the same span with the same confidence, the earlier wins
	 * (a gun is a weapon before it is a prop).
	 */
	public static final List<String> PRECEDENCE = List.of(CAST, WEAPONS, EXTRAS_SILENT, EXTRAS, VEHICLES, ANIMALS,
			STUNTS, SFX, VFX, SOUND, WARDROBE, MAKEUP, EQUIPMENT, PROPS, SET_DRESSING, GREENERY, NOTES);

	/** The categories with word lists (lexicon/KEY.en.txt and lexicon/KEY.zh.txt). */
	public static final List<String> LEXICON = List.of(WEAPONS, VEHICLES, ANIMALS, STUNTS, SFX, VFX, SOUND, WARDROBE,
			MAKEUP, EQUIPMENT, PROPS, SET_DRESSING, GREENERY);

	private Categories() {
	}

	/** Position in {@link #PRECEDENCE}; unknown keys come last. */
	public static int rank(String key) {
		int i = PRECEDENCE.indexOf(key);
		return i < 0 ? PRECEDENCE.size() : i;
	}
}
