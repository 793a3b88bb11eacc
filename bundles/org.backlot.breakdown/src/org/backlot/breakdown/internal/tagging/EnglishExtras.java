// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extras in English text: counted groups ("TWO POLICE OFFICERS", "a dozen
 * reporters", "hundreds of fans", "30 EXTRAS", "several diners"), crowds ("a
 * crowd of 20", "a group of five tourists", "a crowd gathers") and silent bits (a
 * people word in capitals without a count: "a WAITER" → extras-silent, 1 person;
 * "REPORTERS" in capitals → extras, count unknown). Names are the people phrase
 * as written, in sentence case ("Police officers"); a crowd without a people word
 * is named by the crowd word ("Crowd").
 */
final class EnglishExtras {
	/** Confidences: exact count, approximate count, no count, silent bit with an article, without. */
	static final double EXACT = 0.85, APPROXIMATE = 0.6, UNKNOWN = 0.5, BIT = 0.7, BARE_BIT = 0.6;

	private static final Set<String> COLLECTIVE = Set.of("crowd", "crowds", "group", "groups", "throng", "throngs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"mob", "mobs", "horde", "hordes", "swarm", "gang", "squad", "platoon", "troop", "team", "line", "queue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"audience", "congregation", "procession", "sea", "army", "busload", "bunch", "pack", "posse", "entourage", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"delegation", "band", "party", "cluster", "huddle", "gaggle", "parade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** Crowd words that mean people on their own ("a crowd gathers"). */
	private static final Set<String> PEOPLE_COLLECTIVE = Set.of("crowd", "crowds", "throng", "throngs", "mob", "mobs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"horde", "hordes", "audience", "congregation", "procession", "entourage", "posse", "delegation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "our", "my", "your", "its", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"them", "these", "those"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Words that end a people phrase before its noun (no modifier is one of these). */
	private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"by", "for", "with", "from", "into", "onto", "is", "are", "was", "were", "be", "as", "that", "this", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"who", "which", "then", "than", "later", "ago", "times", "hours", "minutes", "seconds", "days", "years", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"he", "she", "they", "we", "it", "i", "you"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Pattern AGE = Pattern.compile("\\s*[(,]\\s*(?:(?:early|mid|late)[- ]?)?\\d{1,2}", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	private final People people;

	EnglishExtras(People people) {
		this.people = people;
	}

	/** Adds the extras of one paragraph. */
	void tag(int p, String text, TagContext context, List<Suggestion> out) {
		Tokens t = Tokens.of(text);
		int i = 0;
		while (i < t.size()) {
			Found f = collective(t, i);
			if (f == null) {
				f = counted(t, i, context);
			}
			if (f == null) {
				f = capitals(t, i, context);
			}
			if (f == null) {
				i++;
				continue;
			}
			if (f.suggestion != null) {
				out.add(new Suggestion(p, f.suggestion.start(), f.suggestion.length(), f.suggestion.category(),
						f.suggestion.name(), f.suggestion.confidence(), f.suggestion.count()));
			}
			i = f.end;
		}
	}

	/** A match: the suggestion (paragraph filled in later; null: known character, skip) and the word after it. */
	private record Found(Suggestion suggestion, int end) {
	}

	private static Suggestion extras(Tokens t, int first, int last, String name, int count, double confidence) {
		String category = count == 1 ? Categories.EXTRAS_SILENT : Categories.EXTRAS;
		return new Suggestion(0, t.start(first), t.end(last) - t.start(first), category, name, confidence, count);
	}

	private static double confidence(EnglishCounts.Kind kind) {
		return switch (kind) {
		case EXACT -> EXACT;
		case APPROXIMATE -> APPROXIMATE;
		case UNKNOWN -> UNKNOWN;
		};
	}

	/** "a crowd of 20", "a group of five tourists", "a crowd of fans", "a crowd". */
	private Found collective(Tokens t, int i) {
		int j = i;
		if (isArticle(EnglishCounts.w(t, j)) && t.joined(j)) {
			j++;
		}
		String word = EnglishCounts.w(t, j);
		if (!COLLECTIVE.contains(word)) {
			return null;
		}
		EnglishCounts.Count count = null;
		int phraseAt = -1;
		int end = j + 1;
		if (EnglishCounts.w(t, j + 1).equals("of") && t.joined(j) && t.joined(j + 1)) { //$NON-NLS-1$
			int k = j + 2;
			EnglishCounts.Count c = EnglishCounts.parse(t, k);
			if (c != null && c.kind() != EnglishCounts.Kind.UNKNOWN) {
				count = c;
				end = c.end();
				k = c.end();
			}
			int nounAt = k == j + 2 || t.joined(k - 1) ? modifiersFrom(t, k) : -1;
			if (nounAt >= 0) {
				phraseAt = k;
				end = people.latin(t, nounAt).end();
			}
		}
		if (count == null && phraseAt < 0 && !PEOPLE_COLLECTIVE.contains(word)) {
			return null;
		}
		String name = phraseAt >= 0 ? Names.sentenceCase(t.text.substring(t.start(phraseAt), t.end(end - 1)))
				: Names.sentenceCase(word.endsWith("s") ? word.substring(0, word.length() - 1) : word); //$NON-NLS-1$
		int value = count == null ? 0 : count.value();
		double c = count == null ? UNKNOWN : confidence(count.kind());
		return new Found(new Suggestion(0, t.start(i), t.end(end - 1) - t.start(i), Categories.EXTRAS, name, c, value),
				end);
	}

	/** The word where a people noun starts after at most two modifiers from word k, or -1. */
	private int modifiersFrom(Tokens t, int k) {
		for (int m = k; m < k + 3 && m < t.size(); m++) {
			if (m > k && !t.joined(m - 1)) {
				return -1;
			}
			if (people.latin(t, m) != null) {
				return m;
			}
			String w = t.lower(m);
			if (STOP.contains(w) || Character.isDigit(w.charAt(0))) {
				return -1;
			}
		}
		return -1;
	}

	/** "TWO POLICE OFFICERS", "a dozen reporters", "hundreds of fans", "several diners", "two of the guards". */
	private Found counted(Tokens t, int i, TagContext context) {
		EnglishCounts.Count c = EnglishCounts.parse(t, i);
		if (c == null || c.end() >= t.size() || !t.joined(c.end() - 1)) {
			return null;
		}
		int k = c.end();
		if (EnglishCounts.w(t, k).equals("of") && t.joined(k)) { //$NON-NLS-1$
			k++;
		}
		if (DETERMINERS.contains(EnglishCounts.w(t, k)) && t.joined(k) && k > c.end()) {
			k++;
		}
		int nounAt = modifiersFrom(t, k);
		if (nounAt < 0) {
			return null;
		}
		WordTrie.Match<Lexicon.Entry> noun = people.latin(t, nounAt);
		int last = noun.end() - 1;
		String phrase = t.text.substring(t.start(k), t.end(last));
		if (context.isCharacter(phrase)) {
			return new Found(null, noun.end());
		}
		return new Found(extras(t, i, last, Names.sentenceCase(phrase), c.value(), confidence(c.kind())), noun.end());
	}

	/** "a WAITER" (silent bit), "an OLD MAN", "REPORTERS" (extras, count unknown). */
	private Found capitals(Tokens t, int i, TagContext context) {
		if (!t.isUpper(i)) {
			return null;
		}
		boolean article = i > 0 && t.joined(i - 1) && isArticle(t.lower(i - 1));
		int from = i;
		if (isArticle(t.lower(i)) && t.joined(i) && i + 1 < t.size() && t.isUpper(i + 1)) {
			article = true;
			from = i + 1;
		}
		int runEnd = from;
		while (runEnd < t.size() && t.isUpper(runEnd) && runEnd - from < 4 && (runEnd == from || t.joined(runEnd - 1))) {
			runEnd++;
		}
		for (int s = from; s < runEnd && s - from <= 2; s++) {
			WordTrie.Match<Lexicon.Entry> m = people.latin(t, s);
			if (m == null || m.end() != runEnd) {
				continue;
			}
			String phrase = t.text.substring(t.start(from), t.end(runEnd - 1));
			String noun = t.text.substring(t.start(s), t.end(runEnd - 1));
			if (context.isCharacter(phrase) || context.isCharacter(noun)) {
				return new Found(null, runEnd);
			}
			String name = Names.sentenceCase(phrase);
			if (People.isPlural(t.lower(runEnd - 1))) {
				return new Found(extras(t, from, runEnd - 1, name, 0, UNKNOWN), runEnd);
			}
			boolean aged = AGE.matcher(t.text).region(t.end(runEnd - 1), t.text.length()).lookingAt();
			double c = aged ? BIT + 0.05 : article ? BIT : BARE_BIT;
			return new Found(extras(t, from, runEnd - 1, name, 1, c), runEnd);
		}
		return null;
	}

	private static boolean isArticle(String w) {
		return w.equals("a") || w.equals("an") || w.equals("the"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
