// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags cast: speaking characters from their cues (extensions and '^' removed,
 * Title Case: "JOHN (V.O.)" → John), the names of a cast list ("人物：林晓、陈默、
 * 群演（路人）20人" → 林晓, 陈默; the extras parts are left to {@link ExtrasTagger}),
 * and characters named in action: known characters (speaking anywhere in the
 * script, or in this scene's cues and cast list) written in capitals ("JOHN
 * enters", confidence 0.9) or in Title Case (0.6, except names that are common
 * words: Will, May, Hope...), Chinese known names anywhere (0.85), and a new
 * name in capitals followed by an age ("JOHN (30s)", "MARY, 45,", "林晓（28岁）",
 * 0.8). Capitals that are neither (sound cues "BANG!", props "a REVOLVER") are
 * never cast; "a WAITER (20s)" after "a"/"an" is a silent bit, not cast.
 */
public final class CastTagger implements Tagger {
	static final double CUE = 0.95, CAST_LIST = 0.9, CAPITALS = 0.9, CHINESE = 0.85, AGED = 0.8, TITLE_CASE = 0.6;

	private static final Pattern AGE = Pattern.compile("\\s*[(,]\\s*(?:(?:early|mid|late)[- ]?)?(?:\\d{1,3}(?:'?s)?" //$NON-NLS-1$
			+ "|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?=[\\s),;])", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern HAN_AGE = Pattern.compile(
			"(?<!\\p{IsHan})(\\p{IsHan}{2,4})[（(]\\s*(?:\\d{1,3}|[一二两三四五六七八九十几]{1,3})\\s*[多余来]?\\s*岁"); //$NON-NLS-1$
	private static final Pattern LABEL = Pattern.compile(
			"^\\s*(?:人物|出场人物|登场人物|主要人物|演员|角色|cast|characters)\\s*[：:]\\s*", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	/** Names that are also common words, not taken as the character when written in Title Case. */
	private static final Set<String> COMMON_WORDS = Set.of("WILL", "MAY", "JUNE", "APRIL", "AUGUST", "MARK", "BILL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"HOPE", "GRACE", "FAITH", "JOY", "PAT", "SUE", "ART", "GUY", "MAJOR", "CHASE", "HUNTER", "DAWN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"SUMMER", "ROSE", "IVY", "HOLLY", "MAN", "WOMAN", "BOY", "GIRL", "VOICE", "ALL", "BOTH", "EVERYONE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
	private static final Set<String> ARTICLES = Set.of("a", "an"); //$NON-NLS-1$ //$NON-NLS-2$

	private final People people;

	/** Tags with the bundled people lists (to tell extras from names). */
	public CastTagger() {
		this(People.standard());
	}

	CastTagger(People people) {
		this.people = people;
	}

	@Override
	public List<Suggestion> tag(List<Para> scene, TagContext context) {
		scene = Inputs.scene(scene);
		context = Inputs.context(context);
		List<Suggestion> out = new ArrayList<>();
		KnownNames names = new KnownNames();
		for (int p = 0; p < scene.size(); p++) {
			Para para = scene.get(p);
			if (Para.CHARACTER.equals(para.type())) {
				cue(p, para.text(), names, out);
			} else if (Para.CAST_LIST.equals(para.type())) {
				castList(p, para.text(), context, names, out);
			}
		}
		for (String k : context.knownCharacters()) {
			names.add(k, Names.titleCase(k));
		}
		for (int p = 0; p < scene.size(); p++) {
			Para para = scene.get(p);
			if (para.isDescription() || Para.PARENTHETICAL.equals(para.type())) {
				List<Suggestion> found = new ArrayList<>();
				latin(p, para.text(), names, found);
				han(p, para.text(), names, found);
				out.addAll(found);
			}
		}
		return out;
	}

	/** "BOB (V.O.)", "MARY (CONT'D) ^", "BOB & ALICE", "林晓（画外音）". */
	private static void cue(int p, String text, KnownNames names, List<Suggestion> out) {
		Names.Span span = Names.cue(text);
		if (span == null) {
			return;
		}
		int s = span.start();
		for (int i = span.start(); i <= span.end(); i++) {
			boolean and = i + 5 <= span.end() && text.regionMatches(true, i, " AND ", 0, 5); //$NON-NLS-1$
			if (i == span.end() || text.charAt(i) == '&' || text.charAt(i) == '/' || text.charAt(i) == '、' || and) {
				addName(p, text, s, i, CUE, names, out);
				s = and ? i + 5 : i + 1;
				i = s - 1;
			}
		}
	}

	private static void addName(int p, String text, int s, int e, double confidence, KnownNames names,
			List<Suggestion> out) {
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		Names.Span bare = e > s ? Names.cue(text.substring(s, e)) : null;
		if (bare == null) {
			return;
		}
		e = s + bare.end();
		s += bare.start();
		if (!hasLetter(text, s, e)) {
			return;
		}
		String written = text.substring(s, e);
		String key = Names.key(written);
		names.add(key, Names.titleCase(written));
		out.add(new Suggestion(p, s, e - s, Categories.CAST, names.display(key), confidence, 0));
	}

	private static boolean hasLetter(String text, int s, int e) {
		for (int i = s; i < e; i++) {
			if (Character.isLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** "人物：林晓、陈默、群演（路人）20人", "CAST: JOHN, MARY, 20 EXTRAS". */
	private void castList(int p, String text, TagContext context, KnownNames names, List<Suggestion> out) {
		Matcher label = LABEL.matcher(text);
		int from = label.lookingAt() ? label.end() : 0;
		boolean spaces = Names.hasHan(text);
		int depth = 0;
		int s = from;
		for (int i = from; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '、';
			if (c == '（' || c == '(') {
				depth++;
			} else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			} else if (depth == 0 && (c == '、' || c == '，' || c == ',' || c == '；' || c == ';' || c == '/'
					|| spaces && Character.isWhitespace(c))) {
				castListPart(p, text, s, i, context, names, out);
				s = i + 1;
			}
		}
	}

	private void castListPart(int p, String text, int s, int e, TagContext context, KnownNames names,
			List<Suggestion> out) {
		int end = e;
		for (int i = s; i < e; i++) {
			char c = text.charAt(i);
			if (c == '（' || c == '(') {
				end = i;
				break;
			}
			if (Character.isDigit(c)) {
				return; // a count: extras
			}
		}
		String part = text.substring(s, end).strip();
		if (part.endsWith("等人")) { //$NON-NLS-1$
			end = text.lastIndexOf("等人", end); //$NON-NLS-1$
		} else if (part.endsWith("等")) { //$NON-NLS-1$
			end = text.lastIndexOf('等', end);
		}
		part = text.substring(s, end).strip();
		if (part.isEmpty()) {
			return;
		}
		// Chinese roles start with the people word (保安两名, 路人若干; 张大夫 is a name), English ones end with it
		boolean extras = Names.hasHan(part) ? people.han(part, 0) != null : endsWithPeople(part);
		extras |= part.contains("群演") || part.contains("群众") || part.contains("路人") || part.contains("若干") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| part.contains("临演"); //$NON-NLS-1$
		if (extras && !context.isCharacter(part)) {
			return;
		}
		addName(p, text, s, end, CAST_LIST, names, out);
	}

	/** Known names in capitals or Title Case, and new names in capitals followed by an age. */
	private static void latin(int p, String text, KnownNames names, List<Suggestion> out) {
		Tokens t = Tokens.of(text);
		String[] key = new String[1];
		int i = 0;
		while (i < t.size()) {
			if (!Character.isUpperCase(t.text.charAt(t.start(i)))) {
				i++; // names are written in capitals or Title Case
				continue;
			}
			int n = names.latinAt(t, i, key);
			if (n > 0) {
				boolean caps = true;
				boolean title = true;
				for (int k = i; k < i + n; k++) {
					caps &= t.isUpper(k);
					title &= t.isTitle(k) || t.isUpper(k) && t.end(k) - t.start(k) == 1;
				}
				double c = caps ? CAPITALS : title && (n > 1 || !COMMON_WORDS.contains(key[0])) ? TITLE_CASE : 0;
				if (c > 0) {
					out.add(new Suggestion(p, t.start(i), t.end(i + n - 1) - t.start(i), Categories.CAST,
							names.display(key[0]), c, 0));
					i += n;
					continue;
				}
			}
			i = aged(p, t, i, out);
		}
	}

	/** A run of capitals at word i followed by an age; returns the next word to look at. */
	private static int aged(int p, Tokens t, int i, List<Suggestion> out) {
		if (!t.isUpper(i) || i > 0 && t.joined(i - 1) && ARTICLES.contains(t.lower(i - 1))) {
			return i + 1;
		}
		int end = i + 1;
		while (end < t.size() && t.isUpper(end) && t.nameJoined(end - 1) && end - i < 4) {
			end++;
		}
		int from = t.lower(i).equals("the") && end > i + 1 ? i + 1 : i; //$NON-NLS-1$
		String first = t.lower(from);
		if (ARTICLES.contains(first) || first.equals("the") || Character.isDigit(first.charAt(0)) //$NON-NLS-1$
				|| EnglishCounts.parse(t, from) != null
				|| t.end(end - 1) - t.start(from) < 2) {
			return end;
		}
		if (AGE.matcher(t.text).region(t.end(end - 1), t.text.length()).lookingAt()) {
			String written = t.text.substring(t.start(from), t.end(end - 1));
			out.add(new Suggestion(p, t.start(from), written.length(), Categories.CAST, Names.titleCase(written), AGED,
					0));
		}
		return end;
	}

	/** Known Chinese names anywhere, and a new name followed by an age ("林晓（28岁）"). */
	private void han(int p, String text, KnownNames names, List<Suggestion> out) {
		if (!Names.hasHan(text)) {
			return;
		}
		List<Suggestion> found = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			String n = Names.isHan(text.charAt(i)) ? names.hanAt(text, i) : null;
			if (n != null) {
				found.add(new Suggestion(p, i, n.length(), Categories.CAST, names.display(n), CHINESE, 0));
				i += n.length() - 1;
			}
		}
		Matcher m = HAN_AGE.matcher(text);
		while (m.find()) {
			int s = m.start(1);
			String name = m.group(1);
			boolean overlaps = found.stream().anyMatch(f -> f.start() < m.end(1) && s < f.end());
			if (overlaps || ChineseNumbers.isNumeral(name.charAt(0)) || "这那某".indexOf(name.charAt(0)) >= 0 //$NON-NLS-1$
					|| endsWithPeople(name)) {
				continue;
			}
			found.add(new Suggestion(p, s, name.length(), Categories.CAST, name, AGED, 0));
		}
		out.addAll(found);
	}

	/** Whether a name ends with a people word ("一个老人", "TWO GUARDS", "路人"): extras, not a character. */
	private boolean endsWithPeople(String name) {
		if (!Names.hasHan(name)) {
			Tokens t = Tokens.of(name);
			for (int i = 0; i < t.size(); i++) {
				WordTrie.Match<Lexicon.Entry> m = people.latin(t, i);
				if (m != null && m.end() == t.size()) {
					return true;
				}
			}
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			CharTrie.Match<Lexicon.Entry> m = people.han(name, i);
			if (m != null && m.end() == name.length()) {
				return true;
			}
		}
		return false;
	}
}
