// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.List;
import java.util.Set;

/**
 * Words for kinds of people ("waiter", "police officer", "士兵", "群演"), from
 * lexicon/people.en.txt and lexicon/people.zh.txt: what extras are counted as,
 * and what a character's name is not.
 */
final class People {
	/** The pseudo-category of the people lists. */
	static final String CATEGORY = "people"; //$NON-NLS-1$
	private static final Set<String> PLURAL_WORDS = Set.of("people", "children", "police", "folk", "folks", "staff", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"crew", "personnel", "militia", "youths", "extras", "cattle"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Holds the bundled lists, read on first use. */
	private static final class Standard {
		static final People INSTANCE = new People(Lexicon.bundled(List.of(CATEGORY)));
	}

	private final Lexicon lexicon;

	People(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** The bundled lists, read once. */
	static People standard() {
		return Standard.INSTANCE;
	}

	/** The longest people phrase at word i, or null. */
	WordTrie.Match<Lexicon.Entry> latin(Tokens t, int i) {
		if (i >= t.size()) {
			return null;
		}
		WordTrie.Match<Lexicon.Entry> m = lexicon.latin.longest(t, i);
		return m == null || m.value().blocked() ? null : m;
	}

	/** The longest Chinese people word at offset i, or null. */
	CharTrie.Match<Lexicon.Entry> han(CharSequence s, int i) {
		CharTrie.Match<Lexicon.Entry> m = lexicon.han.longest(s, i);
		return m == null || m.value().blocked() ? null : m;
	}

	/** Whether a whole text is one people word or phrase ("Waiter", "police officers", "路人"). */
	boolean isPeople(String s) {
		if (Names.hasHan(s)) {
			CharTrie.Match<Lexicon.Entry> m = han(s, 0);
			return m != null && m.end() == s.length();
		}
		Tokens t = Tokens.of(s);
		WordTrie.Match<Lexicon.Entry> m = latin(t, 0);
		return m != null && m.end() == t.size();
	}

	/** Whether a lower-case English people word is plural ("guards", "policemen", "people"). */
	static boolean isPlural(String lower) {
		return PLURAL_WORDS.contains(lower) || lower.endsWith("men") //$NON-NLS-1$
				|| lower.endsWith("s") && !lower.endsWith("ss"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Problems met while reading the lists. */
	List<String> warnings() {
		return lexicon.warnings();
	}
}
