// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The characters a scene may mention in action, indexed for matching: Latin
 * names by their first word (upper case), Chinese names by their first character,
 * longest first. Each key maps to the display name used for the element.
 */
final class KnownNames {
	private final Map<String, String> display = new LinkedHashMap<>();
	private final Map<String, List<Latin>> latin = new HashMap<>();

	/** A Latin name: its words (upper case) and its key. */
	private record Latin(String[] words, String key) {
	}
	private final Map<Character, List<String>> han = new HashMap<>();

	/** Adds a character by cue key, with its display name; the first display name given wins. */
	void add(String key, String displayName) {
		if (key.isEmpty() || display.putIfAbsent(key, displayName) != null) {
			return;
		}
		if (Names.hasHan(key)) {
			if (key.length() >= 2) {
				List<String> l = han.computeIfAbsent(key.charAt(0), c -> new ArrayList<>(2));
				l.add(key);
				l.sort((a, b) -> b.length() - a.length());
			}
			return;
		}
		Tokens t = Tokens.of(key);
		if (t.size() == 0 || key.length() < 2) {
			return;
		}
		String[] words = new String[t.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = t.word(i);
		}
		List<Latin> l = latin.computeIfAbsent(words[0], w -> new ArrayList<>(2));
		l.add(new Latin(words, key));
		l.sort((a, b) -> b.words().length - a.words().length);
	}

	/** The display name of a key. */
	String display(String key) {
		return display.getOrDefault(key, key);
	}

	/** The longest Latin name starting at word i: its number of words (the key in out[0]), or 0. */
	int latinAt(Tokens t, int i, String[] out) {
		List<Latin> candidates = latin.get(t.word(i).toUpperCase(java.util.Locale.ROOT));
		if (candidates == null) {
			return 0;
		}
		for (Latin name : candidates) {
			String[] words = name.words();
			if (i + words.length > t.size()) {
				continue;
			}
			boolean ok = true;
			for (int k = 1; k < words.length && ok; k++) {
				ok = t.nameJoined(i + k - 1) && t.word(i + k).equalsIgnoreCase(words[k]);
			}
			if (ok) {
				out[0] = name.key();
				return words.length;
			}
		}
		return 0;
	}

	/** The longest Chinese name starting at offset i, or null. */
	String hanAt(String text, int i) {
		List<String> candidates = han.get(text.charAt(i));
		if (candidates != null) {
			for (String n : candidates) {
				if (text.startsWith(n, i)) {
					return n;
				}
			}
		}
		return null;
	}
}
