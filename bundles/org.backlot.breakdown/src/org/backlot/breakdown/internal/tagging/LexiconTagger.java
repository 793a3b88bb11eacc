// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tags props, wardrobe, vehicles, effects and the other listed categories from
 * word lists ({@link Lexicon}), in action, shot and parenthetical paragraphs
 * (dialogue is not tagged: what is said is not necessarily on screen).
 * English matches whole words, case-insensitively, longest phrase first;
 * Chinese matches the longest listed word at each character, without overlaps.
 * <p>
 * Confidence: 0.85 for a phrase (two or more English words, three or more
 * Chinese characters), 0.75 for one English word or two Chinese characters,
 * 0.6 for one Chinese character, 0.5 for a term marked ambiguous; plus 0.1 for an
 * English mention in capitals in a paragraph that has lower case (the screenplay
 * convention for props and sounds), at most 0.95. A capitalised mention of a
 * word listed as a sound ("CRASH!") is a sound before anything else; otherwise
 * the most specific category wins ({@link Categories#PRECEDENCE}: a gun is a weapon).
 */
public final class LexiconTagger implements Tagger {
	private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "who", "which", "that", "i", "we", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"you", "and", "then", "also", "just", "still", "one", "someone", "somebody", "everyone", "nobody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "my", "our", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"your", "its", "these", "those", "all", "both", "no", "old", "new", "more", "other"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	private final Lexicon lexicon;

	/** Tags with the bundled word lists. */
	public LexiconTagger() {
		this(Lexicon.standard());
	}

	/** Tags with the given lists. */
	public LexiconTagger(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public List<Suggestion> tag(List<Para> scene, TagContext context) {
		scene = Inputs.scene(scene);
		context = Inputs.context(context);
		List<Suggestion> out = new ArrayList<>();
		for (int p = 0; p < scene.size(); p++) {
			Para para = scene.get(p);
			if (para.isDescription() || Para.PARENTHETICAL.equals(para.type())) {
				latin(p, para.text(), context, out);
				han(p, para.text(), context, out);
			}
		}
		return out;
	}

	private void latin(int p, String text, TagContext context, List<Suggestion> out) {
		Tokens t = Tokens.of(text);
		boolean hasLower = !text.equals(text.toUpperCase(java.util.Locale.ROOT));
		int i = 0;
		while (i < t.size()) {
			WordTrie.Match<Lexicon.Entry> m = lexicon.latin.longest(t, i);
			if (m == null) {
				i++;
				continue;
			}
			int start = t.start(i);
			int end = t.end(m.end() - 1);
			String mention = text.substring(start, end);
			boolean caps = Names.isAllCaps(mention);
			boolean character = m.end() - i == 1 && !t.lower(i).equals(mention) && context.isCharacter(mention);
			if (!m.value().blocked() && !character && !(m.end() - i == 1 && isVerb(t, i, m.value()))) {
				Lexicon.Term term = choose(m.value(), caps);
				double c = term.ambiguous() ? 0.5 : m.end() - i > 1 ? 0.85 : 0.75;
				if (caps && hasLower) {
					c = Math.min(0.95, c + 0.1);
				}
				out.add(new Suggestion(p, start, end - start, term.category(), term.name(), c, 0));
			}
			i = m.end();
		}
	}

	private void han(int p, String text, TagContext context, List<Suggestion> out) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			// Chinese terms may start with Latin letters ("T恤", "LED屏"), but not inside a Latin word
			boolean start = Names.isHan(c) || Tokens.isWordChar(c) && (i == 0 || !Tokens.isWordChar(text.charAt(i - 1)));
			CharTrie.Match<Lexicon.Entry> m = start ? lexicon.han.longest(text, i) : null;
			if (m == null) {
				i++;
				continue;
			}
			int len = m.end() - i;
			if (!m.value().blocked() && !context.isCharacter(text.substring(i, m.end()))) {
				Lexicon.Term term = choose(m.value(), false);
				double conf = term.ambiguous() ? 0.5 : len >= 3 ? 0.85 : len == 2 ? 0.75 : 0.6;
				out.add(new Suggestion(p, i, len, term.category(), term.name(), conf, 0));
			}
			i = m.end();
		}
	}

	/**
	 * Whether a generated plural reads as a verb: right after a pronoun, an adverb
	 * in -ly or a name (a word in capitals or Title Case that is not a number or
	 * determiner): "He locks the door", "JOHN flags down a taxi", "Rain hammers".
	 */
	private static boolean isVerb(Tokens t, int i, Lexicon.Entry e) {
		if (i == 0 || e.terms.get(0).written() || !t.joined(i - 1)) {
			return false;
		}
		String before = t.lower(i - 1);
		if (SUBJECTS.contains(before) || before.endsWith("ly")) { //$NON-NLS-1$
			return true;
		}
		return (t.isUpper(i - 1) || t.isTitle(i - 1)) && !DETERMINERS.contains(before)
				&& EnglishCounts.parse(t, i - 1) == null;
	}

	private static Lexicon.Term choose(Lexicon.Entry e, boolean caps) {
		if (caps) {
			for (Lexicon.Term t : e.terms) {
				if (Categories.SOUND.equals(t.category())) {
					return t;
				}
			}
		}
		return e.terms.get(0);
	}
}
