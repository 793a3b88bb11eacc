// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The store's thesaurus (store-words.txt: what the store calls a thing and what
 * scripts call it, in both languages) and the colour words of both languages,
 * for the inventory matcher. Read once.
 */
final class StoreWords {
	/** Colour key (English), then its words; Chinese single characters match with or without 色. */
	private static final String[][] COLOURS = { { "red", "红", "crimson", "scarlet" }, { "black", "黑" }, { "white", "白" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "blue", "蓝", "navy" }, { "grey", "灰", "gray" }, { "teal", "青", "cyan" }, { "gold", "金", "golden" }, { "green", "绿" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			{ "brown", "棕", "褐", "咖啡" }, { "purple", "紫", "violet" }, { "yellow", "黄" }, { "pink", "粉", "粉红" }, { "orange", "橙" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			{ "silver", "银" } }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final Map<String, String> COLOUR = new HashMap<>();
	private static final Map<String, Set<String>> GROUPS = new HashMap<>();
	private static final Map<String, List<String>> MEMBERS = new HashMap<>();

	static {
		for (String[] c : COLOURS) {
			for (String w : c) {
				COLOUR.put(w, c[0]);
				if (isHan(w)) {
					COLOUR.put(w + "色", c[0]); //$NON-NLS-1$
				}
			}
		}
		try (InputStream in = StoreWords.class.getResourceAsStream("store-words.txt")) { //$NON-NLS-1$
			if (in != null) {
				read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			// without the thesaurus the matcher only finds names and heads
		}
	}

	private StoreWords() {
	}

	private static void read(BufferedReader r) throws IOException {
		for (String line = r.readLine(); line != null; line = r.readLine()) {
			String l = line.strip().toLowerCase(Locale.ROOT);
			if (l.isEmpty() || l.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			List<String> terms = new ArrayList<>();
			for (String t : l.split("\\|")) { //$NON-NLS-1$
				terms.add(t.strip());
			}
			for (String t : terms) {
				GROUPS.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(terms.get(0));
				MEMBERS.computeIfAbsent(t, k -> new ArrayList<>()).addAll(terms.stream().filter(x -> !x.equals(t)).toList());
			}
		}
	}

	/** The thesaurus groups (named by their first term) that a lower-case term belongs to. */
	static Set<String> groups(String term) {
		Set<String> g = GROUPS.get(term);
		if (g == null && term.endsWith("s") && term.length() > 3) { //$NON-NLS-1$
			g = GROUPS.get(term.substring(0, term.length() - 1));
		}
		return g == null ? Set.of() : g;
	}

	/** The other terms of the term's groups. */
	static List<String> members(String term) {
		List<String> m = MEMBERS.get(term);
		return m == null ? List.of() : m;
	}

	/** The colour key of a word ("grey", "灰", "灰色" give "grey"), or null. */
	static String colour(String word) {
		return word == null ? null : COLOUR.get(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * A Chinese name that starts with a colour ("红灯笼", "灰色长衫"): the colour key and
	 * the rest, or null when it does not or when fewer than two characters would be left.
	 */
	static String[] leadingColourZh(String s) {
		for (int n = Math.min(3, s.length() - 2); n >= 1; n--) {
			String c = COLOUR.get(s.substring(0, n));
			if (c != null && isHan(s.substring(0, n))) {
				return new String[] { c, s.substring(n) };
			}
		}
		return null;
	}

	/** The name without its leading colour when that is the colour given (English word or Chinese). */
	static String withoutColour(String name, String colour, boolean han) {
		if (colour == null) {
			return name;
		}
		if (han) {
			String[] c = leadingColourZh(name);
			return c != null && c[0].equals(colour) ? c[1] : name;
		}
		int space = name.indexOf(' ');
		return space > 0 && colour.equals(colour(name.substring(0, space))) ? name.substring(space + 1) : name;
	}

	/** English words of more than one letter, a plural s dropped. */
	static Set<String> words(String s) {
		Set<String> words = new HashSet<>();
		for (String w : s.split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
			if (w.length() > 1 && !isHan(w)) {
				words.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w); //$NON-NLS-1$
			}
		}
		return words;
	}

	/** Chinese characters, and with {@code pairs} their neighbouring pairs. */
	static Set<String> hanTokens(String s, boolean pairs) {
		Set<String> han = new HashSet<>();
		char previous = 0;
		for (char c : s.toCharArray()) {
			if (c < 0x2e80 || !Character.isLetter(c)) {
				previous = 0;
				continue;
			}
			han.add(String.valueOf(c));
			if (pairs && previous != 0) {
				han.add("" + previous + c); //$NON-NLS-1$
			}
			previous = c;
		}
		return han;
	}

	/** True when the text holds a Chinese (or other CJK) character. */
	static boolean isHan(String s) {
		return s.codePoints().anyMatch(c -> c >= 0x2e80 && Character.isLetter(c));
	}

	/** Shared tokens over the sets' mean size (Dice). */
	static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String t : b) {
			if (a.contains(t)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}
}
