// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists' synonym groups ("Suitcase|luggage|trolley case"), so that the
 * inventory matcher knows a trolley case is a suitcase. Read once from the
 * tagger's bundled lists.
 */
final class Synonyms {
	private static final List<String> CATEGORIES = List.of("props", "wardrobe", "vehicles", "weapons", "set-dressing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"animals", "makeup", "equipment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Map<String, String> CANONICAL = load();

	private Synonyms() {
	}

	/** The group name of a term (lower case), or the term itself. */
	static String canonical(String term) {
		String t = term.toLowerCase(Locale.ROOT).strip();
		String c = CANONICAL.get(t);
		if (c == null && t.endsWith("s")) { //$NON-NLS-1$
			c = CANONICAL.get(t.substring(0, t.length() - 1));
		}
		return c == null ? t : c;
	}

	private static Map<String, String> load() {
		Map<String, String> map = new HashMap<>();
		for (String category : CATEGORIES) {
			for (String language : List.of("en", "zh")) { //$NON-NLS-1$ //$NON-NLS-2$
				String name = "/org/backlot/breakdown/internal/tagging/lexicon/" + category + '.' + language + ".txt"; //$NON-NLS-1$ //$NON-NLS-2$
				try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
					if (in != null) {
						read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), map);
					}
				} catch (IOException e) {
					// a missing list only makes matching less clever
				}
			}
		}
		return map;
	}

	private static void read(BufferedReader r, Map<String, String> map) throws IOException {
		for (String line = r.readLine(); line != null; line = r.readLine()) {
			String l = line.strip();
			if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String[] terms = l.split("\\|"); //$NON-NLS-1$
			String group = clean(terms[0]);
			for (String t : terms) {
				map.putIfAbsent(clean(t), group);
			}
		}
	}

	private static String clean(String t) {
		return (t.startsWith("?") ? t.substring(1) : t).strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
