// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.core.api.Contributions;
import org.backlot.core.api.Ids;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.MarkStyle;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/**
 * Categories contributed through {@value #EXTENSION_POINT}, added to a
 * production's breakdown when it has none with the same key. Every production
 * starts with the standard set (core's {@code DefaultCategories}); plugins add
 * more this way.
 */
public final class CategoryContributions {
	/** The id of the extension point that contributes categories. */
	public static final String EXTENSION_POINT = "org.backlot.breakdown.categories"; //$NON-NLS-1$

	private CategoryContributions() {
	}

	/** New category objects for the contributed categories this breakdown lacks (not yet added). */
	public static List<Category> missing(Breakdown breakdown) {
		List<Category> result = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String key = e.getAttribute("key"); //$NON-NLS-1$
			String name = e.getAttribute("name"); //$NON-NLS-1$
			if (key == null || key.isBlank() || name == null) {
				Contributions.reportBroken(e, "category without a key or name"); //$NON-NLS-1$
				continue;
			}
			if (find(breakdown, key) != null || result.stream().anyMatch(c -> c.getKey().equals(key))) {
				continue;
			}
			Category c = BreakdownFactory.eINSTANCE.createCategory();
			c.setId(Ids.newId());
			c.setKey(key);
			c.setName(name);
			c.setNameZh(e.getAttribute("nameZh")); //$NON-NLS-1$
			c.setColour(orDefault(e.getAttribute("colour"), "#757575")); //$NON-NLS-1$ //$NON-NLS-2$
			String mark = e.getAttribute("mark"); //$NON-NLS-1$
			try {
				c.setMark(mark == null ? MarkStyle.COLOUR : MarkStyle.valueOf(mark.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException ex) {
				Contributions.reportBroken(e, "unknown mark " + mark); //$NON-NLS-1$
			}
			result.add(c);
		}
		return result;
	}

	/** The category with this key in the breakdown, or null. */
	public static Category find(Breakdown breakdown, String key) {
		for (Category c : breakdown.getCategories()) {
			if (key.equals(c.getKey())) {
				return c;
			}
		}
		return null;
	}

	private static String orDefault(String s, String d) {
		return s == null || s.isBlank() ? d : s;
	}
}
