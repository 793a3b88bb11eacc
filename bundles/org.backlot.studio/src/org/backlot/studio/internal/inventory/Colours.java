// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The store's colours in both languages, so that a colour filter can be given as "灰", "灰色", "gray" or "grey". */
public final class Colours {
	private static final String[][] WORDS = { { "red", "红" }, { "black", "黑" }, { "white", "白" }, { "blue", "蓝" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "grey", "灰", "gray" }, { "teal", "青", "cyan" }, { "gold", "金", "golden" }, { "green", "绿" }, { "brown", "棕", "褐" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			{ "purple", "紫" }, { "yellow", "黄" }, { "pink", "粉" }, { "orange", "橙" }, { "silver", "银" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final Map<String, String> KEY = new HashMap<>();

	static {
		for (String[] w : WORDS) {
			for (String s : w) {
				KEY.put(s, w[0]);
				KEY.put(s + "色", w[0]); //$NON-NLS-1$
			}
		}
	}

	private Colours() {
	}

	/** The store's (English, lower-case) name of a colour given in either language; other words as they are, lower case. */
	public static String normalise(String colour) {
		String c = colour.strip().toLowerCase(Locale.ROOT);
		return KEY.getOrDefault(c, c);
	}
}
