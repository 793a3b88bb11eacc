// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.MarkStyle;

/**
 * The breakdown categories a new production starts with: the long-standing
 * paper convention (DOMAIN.md), plus weapons, which permits need on their own,
 * and the categories industry schedulers add. Users change colours and add more.
 */
public final class DefaultCategories {
	/** Key of the cast category. */
	public static final String CAST = "cast"; //$NON-NLS-1$

	private static final Object[][] DEFAULTS = {
			// key, English, Chinese, colour, mark, number key
			{ CAST, "Cast", "演员", "#e53935", MarkStyle.COLOUR, 1 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "stunts", "Stunts", "特技", "#fb8c00", MarkStyle.COLOUR, 2 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "extras-silent", "Extras, silent bits", "群演（特约）", "#fdd835", MarkStyle.COLOUR, 3 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "extras", "Extras, atmosphere", "群演", "#43a047", MarkStyle.COLOUR, 4 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "sfx", "Special effects", "特效", "#1e88e5", MarkStyle.COLOUR, 5 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "props", "Props", "道具", "#8e24aa", MarkStyle.COLOUR, 6 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "vehicles", "Vehicles and animals", "车辆与动物", "#ec407a", MarkStyle.COLOUR, 7 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "sound", "Sound effects and music", "音效与音乐", "#795548", MarkStyle.COLOUR, 8 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "wardrobe", "Wardrobe", "服装", "#546e7a", MarkStyle.CIRCLE, 9 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "makeup", "Make-up and hair", "化妆与发型", "#546e7a", MarkStyle.ASTERISK, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "equipment", "Special equipment", "特殊器材", "#546e7a", MarkStyle.BOX, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "notes", "Production notes", "制片备注", "#546e7a", MarkStyle.UNDERLINE, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "weapons", "Weapons", "武器", "#b71c1c", MarkStyle.BOX, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "set-dressing", "Set dressing", "陈设", "#6d4c41", MarkStyle.COLOUR, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "animals", "Animals", "动物", "#f06292", MarkStyle.COLOUR, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "vfx", "Visual effects", "视效", "#00acc1", MarkStyle.COLOUR, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "greenery", "Greenery", "绿植", "#7cb342", MarkStyle.COLOUR, 0 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	};

	private DefaultCategories() {
	}

	/** New category objects, with ids, in the order above. */
	public static List<Category> create() {
		List<Category> result = new ArrayList<>();
		for (Object[] d : DEFAULTS) {
			Category c = BreakdownFactory.eINSTANCE.createCategory();
			c.setId(Ids.newId());
			c.setKey((String) d[0]);
			c.setName((String) d[1]);
			c.setNameZh((String) d[2]);
			c.setColour((String) d[3]);
			c.setMark((MarkStyle) d[4]);
			c.setShortcut((Integer) d[5]);
			result.add(c);
		}
		return result;
	}
}
