// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.List;
import java.util.Set;

/**
 * Extras in Chinese text: a number and a classifier before a people word
 * ("二十名群众演员", "十几个村民", "数十名士兵", "一群记者": count unknown), a people word
 * before a count ("群演（路人）20人", "群众演员约50名", "路人若干") or before ordinals
 * ("路人甲乙丙" = 3; "路人甲" alone is a silent bit), and in a cast list or for crowd
 * words (人群, 群众, 路人...) the bare word (count unknown). Numbers follow
 * {@link ChineseNumbers}. The element is named by the people word ("士兵"); for the
 * generic words (群演, 群众演员, 群众, 临演) by the qualifier in brackets when given
 * ("群演（路人）" → "路人").
 */
final class ChineseExtras {
	private static final String PERSON_CLASSIFIERS = "名个位人口"; //$NON-NLS-1$
	private static final String GROUP_CLASSIFIERS = "群批队伙帮排拨支"; //$NON-NLS-1$
	private static final String ORDINALS = "甲乙丙丁戊己庚辛壬癸"; //$NON-NLS-1$
	private static final Set<String> GENERIC = Set.of("群演", "群众演员", "群众", "临演", "群演演员", "特约演员", "特约"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Set<String> CROWD = Set.of("群演", "群众演员", "群众", "临演", "人群", "围观群众", "围观者", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"路人", "行人", "人潮", "看客", "百姓", "老百姓"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final List<String> QUANTIFIERS = List.of("许多", "很多", "大批", "大量", "众多", "不少", "若干", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"一些", "成群的", "满街的", "满屋的", "一众"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final int MAX_MODIFIERS = 6;

	private final People people;

	ChineseExtras(People people) {
		this.people = people;
	}

	/** Adds the extras of one paragraph. */
	void tag(int p, String text, boolean castList, TagContext context, List<Suggestion> out) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			Found s = null;
			if (startsNumber(text, i)) {
				s = counted(p, text, i, context);
			}
			if (s == null && (c == '许' || c == '很' || c == '大' || c == '众' || c == '不' || c == '若' || c == '一'
					|| c == '成' || c == '满')) {
				s = quantified(p, text, i, context);
			}
			if (s == null && Names.isHan(c)) {
				s = nounFirst(p, text, i, castList, context);
			}
			if (s == null) {
				i++;
				continue;
			}
			if (s.suggestion() != null) {
				out.add(s.suggestion());
			}
			i = s.end();
		}
	}

	/** A match: the suggestion (null: not extras, skip the words) and the offset after it. */
	private record Found(Suggestion suggestion, int end) {
	}

	private static boolean startsNumber(String text, int i) {
		char c = text.charAt(i);
		if (!ChineseNumbers.isNumeral(c) && c != '约' && c != '近' && c != '大' && c != '将' && c != '上' && c != '成') {
			return false;
		}
		if (i == 0) {
			return true;
		}
		char before = text.charAt(i - 1);
		return before != '第' && !ChineseNumbers.isNumeral(before);
	}

	/** "二十名群众演员", "十几个村民", "一群记者". */
	private Found counted(int p, String text, int i, TagContext context) {
		ChineseNumbers.Number n = ChineseNumbers.parse(text, i);
		if (n == null) {
			return null;
		}
		int j = n.end();
		if (j + 1 < text.length() && text.charAt(j) == '大' && GROUP_CLASSIFIERS.indexOf(text.charAt(j + 1)) >= 0) {
			j++;
		}
		if (j >= text.length()) {
			return null;
		}
		boolean group = GROUP_CLASSIFIERS.indexOf(text.charAt(j)) >= 0;
		if (!group && PERSON_CLASSIFIERS.indexOf(text.charAt(j)) < 0) {
			return null;
		}
		j++;
		for (int k = j; k < text.length() && k <= j + MAX_MODIFIERS; k++) {
			if (!Names.isHan(text.charAt(k))) {
				break;
			}
			CharTrie.Match<Lexicon.Entry> m = people.han(text, k);
			if (m != null) {
				String noun = text.substring(k, m.end());
				if (context.isCharacter(noun)) {
					return null;
				}
				int end = plural(text, m.end());
				int count = group ? 0 : n.value();
				double c = group ? EnglishExtras.UNKNOWN : n.approximate() ? EnglishExtras.APPROXIMATE : EnglishExtras.EXACT;
				return suggestion(p, i, end, noun, count, c);
			}
		}
		return null;
	}

	/** "许多记者", "一些路人", "若干士兵". */
	private Found quantified(int p, String text, int i, TagContext context) {
		for (String q : QUANTIFIERS) {
			if (text.startsWith(q, i)) {
				int k = i + q.length();
				CharTrie.Match<Lexicon.Entry> m = k < text.length() ? people.han(text, k) : null;
				if (m == null || context.isCharacter(text.substring(k, m.end()))) {
					return null;
				}
				return suggestion(p, i, plural(text, m.end()), text.substring(k, m.end()), 0, EnglishExtras.UNKNOWN);
			}
		}
		return null;
	}

	/** "群演（路人）20人", "路人甲乙丙", "路人若干", a bare crowd word. */
	private Found nounFirst(int p, String text, int i, boolean castList, TagContext context) {
		CharTrie.Match<Lexicon.Entry> m = people.han(text, i);
		if (m == null) {
			return null;
		}
		String noun = text.substring(i, m.end());
		int j = plural(text, m.end());
		int k = ordinals(text, j);
		if (k > j) {
			int count = 0;
			for (int x = j; x < k; x++) {
				count += text.charAt(x) == '、' ? 0 : 1;
			}
			if (context.isCharacter(text.substring(i, k)) || context.isCharacter(text.substring(i, j + 1))) {
				return new Found(null, k); // a speaking character: cast, not extras
			}
			return suggestion(p, i, k, noun, count, EnglishExtras.EXACT);
		}
		String name = noun;
		int close = qualifier(text, j);
		if (close > j) {
			if (GENERIC.contains(noun)) {
				name = text.substring(j + 1, close - 1).strip();
			}
			j = close;
		}
		int c = j;
		while (c < text.length() && (text.charAt(c) == ' ' || text.charAt(c) == '：' || text.charAt(c) == ':')) {
			c++;
		}
		ChineseNumbers.Number n = c < text.length() ? ChineseNumbers.parse(text, c) : null;
		if (n != null) {
			int end = n.end();
			if (end < text.length() && PERSON_CLASSIFIERS.indexOf(text.charAt(end)) >= 0) {
				end++;
			} else if (!castList && n.end() - c == 1) {
				n = null; // 路人一惊: a single numeral must be followed by a classifier
			}
			if (n != null) {
				int after = qualifier(text, end);
				if (after > end && GENERIC.contains(noun) && name.equals(noun)) {
					name = text.substring(end + 1, after - 1).strip();
				}
				double conf = n.approximate() ? EnglishExtras.APPROXIMATE : EnglishExtras.EXACT;
				return suggestion(p, i, Math.max(end, after), name.isEmpty() ? noun : name, n.value(), conf);
			}
		}
		for (String unknown : List.of("若干", "数名", "多名", "等人")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (text.startsWith(unknown, c)) {
				return suggestion(p, i, c + unknown.length(), name.isEmpty() ? noun : name, 0, EnglishExtras.UNKNOWN);
			}
		}
		if ((castList && !inBrackets(text, i) || CROWD.contains(noun)) && !context.isCharacter(noun)) {
			return suggestion(p, i, j, name.isEmpty() ? noun : name, 0, EnglishExtras.UNKNOWN);
		}
		return new Found(null, m.end());
	}

	private static Found suggestion(int p, int start, int end, String name, int count, double confidence) {
		String category = count == 1 ? Categories.EXTRAS_SILENT : Categories.EXTRAS;
		return new Found(new Suggestion(p, start, end - start, category, name, confidence, count), end);
	}

	/** Whether offset i is inside brackets ("林晓（28岁，记者）": 记者 describes 林晓). */
	private static boolean inBrackets(String text, int i) {
		int depth = 0;
		for (int k = 0; k < i; k++) {
			char c = text.charAt(k);
			if (c == '（' || c == '(') {
				depth++;
			} else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			}
		}
		return depth > 0;
	}

	/** Past a plural suffix 们. */
	private static int plural(String text, int i) {
		return i < text.length() && text.charAt(i) == '们' ? i + 1 : i;
	}

	/** Past ordinals after a people word: 甲乙丙, 甲、乙, A、B. */
	private static int ordinals(String text, int i) {
		int k = i;
		while (k < text.length()) {
			char c = text.charAt(k);
			if (ORDINALS.indexOf(c) >= 0 || isLetterOrdinal(text, k)) {
				k++;
			} else if (c == '、' && k > i && k + 1 < text.length()
					&& (ORDINALS.indexOf(text.charAt(k + 1)) >= 0 || isLetterOrdinal(text, k + 1))) {
				k++;
			} else {
				break;
			}
		}
		return k;
	}

	private static boolean isLetterOrdinal(String text, int k) {
		char c = text.charAt(k);
		return c >= 'A' && c <= 'Z' && (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1))
				|| Names.isHan(text.charAt(k + 1)));
	}

	/** Past a bracketed qualifier at i ("（路人）"), or i when none. */
	private static int qualifier(String text, int i) {
		if (i >= text.length() || text.charAt(i) != '（' && text.charAt(i) != '(') {
			return i;
		}
		for (int k = i + 1; k < text.length() && k < i + 16; k++) {
			char c = text.charAt(k);
			if (c == '）' || c == ')') {
				return k + 1;
			}
		}
		return i;
	}
}
