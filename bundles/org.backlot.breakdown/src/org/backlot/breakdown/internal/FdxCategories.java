// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.util.Locale;
import java.util.Map;

import org.backlot.breakdown.api.CategoryContributions;
import org.backlot.core.api.Ids;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.MarkStyle;

/**
 * Finds the production's category for a category name a screenplay file uses
 * (Final Draft's "Cast Members", "Props", "Special Effects", ...), creating one
 * when the production has nothing like it.
 */
public final class FdxCategories {
	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("cast members", "cast"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("cast", "cast"), Map.entry("stunts", "stunts"), Map.entry("extras", "extras"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("background actors", "extras"), Map.entry("extras/silent bits", "extras-silent"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("silent bits", "extras-silent"), Map.entry("special effects", "sfx"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("props", "props"), Map.entry("vehicles", "vehicles"), Map.entry("animals", "animals"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("sound", "sound"), Map.entry("sound effects", "sound"), Map.entry("music", "sound"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("wardrobe", "wardrobe"), Map.entry("costume", "wardrobe"), Map.entry("makeup", "makeup"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("makeup/hair", "makeup"), Map.entry("make-up", "makeup"), Map.entry("hair", "makeup"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("special equipment", "equipment"), Map.entry("camera", "equipment"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("notes", "notes"), Map.entry("production notes", "notes"), Map.entry("weapons", "weapons"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("set dressing", "set-dressing"), Map.entry("greenery", "greenery"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("visual effects", "vfx"), Map.entry("vfx", "vfx"), Map.entry("sfx", "sfx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private FdxCategories() {
	}

	/** The category for a name as a file writes it; never null. */
	public static Category category(Breakdown breakdown, String fileName) {
		String name = fileName == null ? "Misc" : fileName.strip(); //$NON-NLS-1$
		String lower = name.toLowerCase(Locale.ROOT);
		String key = KEYS.get(lower);
		if (key != null) {
			Category c = CategoryContributions.find(breakdown, key);
			if (c != null) {
				return c;
			}
		}
		for (Category c : breakdown.getCategories()) {
			if (name.equalsIgnoreCase(c.getName()) || name.equals(c.getNameZh())) {
				return c;
			}
		}
		Category c = BreakdownFactory.eINSTANCE.createCategory();
		c.setId(Ids.newId());
		c.setKey(key != null ? key : lower.replaceAll("[^\\p{L}\\p{N}]+", "-")); //$NON-NLS-1$ //$NON-NLS-2$
		c.setName(name);
		c.setColour("#757575"); //$NON-NLS-1$
		c.setMark(MarkStyle.COLOUR);
		breakdown.getCategories().add(c);
		return c;
	}
}
