// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.harbour;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words in English and Chinese that put work on or in the water, or a boat in the picture. */
final class WaterWords {
	/** Waters, shores and craft: a scene set here, or a place named so, is on or by the water. */
	private static final Pattern WATER = words(
			"rivers?|riverbanks?|riverside|lakes?|lakeside|seas?|seaside|ocean|harbou?rs?|piers?|quays?|wharf|wharves|jett(?:y|ies)" //$NON-NLS-1$
					+ "|marinas?|canals?|boats?|speedboats?|ships?|ferr(?:y|ies)|yachts?|underwater|on the water|in the water", //$NON-NLS-1$
			"河", "江", "湖", "海", "港", "码头", "船", "游艇", "渡轮", "水上", "水下"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/** Craft that need registration and a certified crew. */
	private static final Pattern BOATS = words("boats?|speedboats?|ships?|ferr(?:y|ies)|yachts?|sampans?|junks?|canoes?|rafts?|jet ?skis?", //$NON-NLS-1$
			"船", "艇", "渡轮", "舟", "筏"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Work in or under the water, as the breakdown's stunts and effects describe it. */
	private static final Pattern WORK = words("underwater|under water|in the water|into the (?:water|river|sea|lake|harbou?r)|drown\\w*|divers?|diving|scuba" //$NON-NLS-1$
			+ "|water stunts?|water tanks?", "水下", "水中", "水上", "落水", "入水", "跳水", "溺水", "潜水"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	/**
	 * Names that hold a water character but no water: provinces and cities (上海, 香港, 河南...), and words such as 江湖 (the
	 * martial world of wuxia scripts), 竹海 (a bamboo forest), 云海 (a sea of clouds), 海报 (poster), 海鲜 (seafood) or 飞船
	 * (a spaceship). They are blanked out before looking for water.
	 */
	private static final Pattern NOT_WATER = Pattern.compile(String.join("|", //$NON-NLS-1$
			"上海", "香港", "河南", "河北", "湖南", "湖北", "江苏", "江西", "浙江", "黑龙江", "青海", "海淀", "江湖", "竹海", "林海", "花海", "云海", "人海", "火海", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$
			"海报", "海鲜", "海关", "航空港", "飞船", "飞艇")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private WaterWords() {
	}

	/** Whether the text puts the work on, in or by the water. */
	static boolean water(String text) {
		return find(WATER, text);
	}

	/** Whether a stunt or effect is done in or under the water, or from a boat. */
	static boolean waterWork(String text) {
		return find(WORK, text) || find(BOATS, text);
	}

	/** Whether the text names a boat, ship, ferry, yacht or other craft. */
	static boolean boat(String text) {
		return find(BOATS, text);
	}

	private static boolean find(Pattern p, String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		Matcher m = p.matcher(NOT_WATER.matcher(text).replaceAll(" ")); //$NON-NLS-1$
		return m.find();
	}

	private static Pattern words(String english, String... chinese) {
		StringBuilder b = new StringBuilder("\\b(?:").append(english).append(")\\b"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String c : chinese) {
			b.append('|').append(Pattern.quote(c));
		}
		return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}
}
