// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.List;

/** Regular English plurals of a lower-case noun, for matching "guns" to the listed "gun". */
final class Plurals {
	private Plurals() {
	}

	/** The plural forms to accept (more than one when unsure: "photos" and "potatoes", "roofs" and "knives"). */
	static List<String> of(String w) {
		int n = w.length();
		if (n < 2 || !Character.isLetter(w.charAt(n - 1))) {
			return List.of();
		}
		if (w.endsWith("man")) { //$NON-NLS-1$
			return List.of(w.substring(0, n - 3) + "men"); //$NON-NLS-1$
		}
		if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			return List.of(w + "es"); //$NON-NLS-1$
		}
		char before = w.charAt(n - 2);
		if (w.endsWith("y") && !isVowel(before)) { //$NON-NLS-1$
			return List.of(w.substring(0, n - 1) + "ies"); //$NON-NLS-1$
		}
		if (w.endsWith("fe")) { //$NON-NLS-1$
			return List.of(w.substring(0, n - 2) + "ves", w + 's'); //$NON-NLS-1$
		}
		if (w.endsWith("f") && before != 'f') { //$NON-NLS-1$
			return List.of(w.substring(0, n - 1) + "ves", w + 's'); //$NON-NLS-1$
		}
		if (w.endsWith("o") && !isVowel(before)) { //$NON-NLS-1$
			return List.of(w + 's', w + "es"); //$NON-NLS-1$
		}
		return List.of(w + 's');
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0; //$NON-NLS-1$
	}
}
