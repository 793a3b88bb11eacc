// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single Fountain line looks like on its own: a scene heading by its
 * prefix, a transition, a character cue, a parenthetical, a page break. The
 * parser adds what the neighbouring lines say.
 */
final class LineRules {
	/**
	 * Heading prefixes, followed by a dot (also the full-width forms) or a blank:
	 * INT, EXT, EST, INT./EXT, INT/EXT, EXT/INT, I/E (I./E.), E/I, and the Russian
	 * ИНТ, НАТ and their pairs.
	 */
	private static final Pattern HEADING = Pattern.compile(
			"(?:INT\\.?\\s?/\\s?EXT|EXT\\.?\\s?/\\s?INT|I\\.?/E|E\\.?/I|INT|EXT|EST|\u0418\u041d\u0422\\.?/\u041d\u0410\u0422|\u041d\u0410\u0422\\.?/\u0418\u041d\u0422|\u0418\u041d\u0422|\u041d\u0410\u0422)(?:[.\u3002\uff0e]|\\s)", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** A scene number at the end of a heading: {@code #12A#}, {@code #I-1-A#}, {@code #1.#}. */
	private static final Pattern SCENE_NUMBER = Pattern.compile("\\s*#([\\p{L}\\p{N}.\\-]+)#$"); //$NON-NLS-1$
	/** What may follow a cue's name: extensions in brackets, half- or full-width. */
	private static final Pattern EXTENSIONS = Pattern.compile("(?:\\s*[(\uff08][^()\uff08\uff09]*[)\uff09])*\\s*"); //$NON-NLS-1$
	/** Punctuation that says a caseless (CJK) line is a sentence, not a name. */
	private static final String SENTENCE = ".,!?:;\u2026\u3001\u3002\uff0c\uff0e\uff01\uff1f\uff1a\uff1b"; //$NON-NLS-1$
	private static final String TO = "TO:"; //$NON-NLS-1$
	/** Longest caseless (CJK) name taken as a cue. */
	private static final int MAX_CASELESS_NAME = 20;

	private LineRules() {
	}

	/** True for a line that opens with a scene-heading prefix ({@code line} stripped). */
	static boolean isHeading(String line) {
		if (line.length() < 3) {
			return false;
		}
		// cheap test first: every prefix starts with I, E, И or Н
		char c = Character.toUpperCase(line.charAt(0));
		return (c == 'I' || c == 'E' || c == '\u0418' || c == '\u041d') && HEADING.matcher(line).lookingAt();
	}

	/** True for a forced heading: one '.' followed by a letter or digit. */
	static boolean isForcedHeading(String line) {
		return line.length() > 1 && line.charAt(0) == '.' && Character.isLetterOrDigit(line.codePointAt(1));
	}

	/** True for a heading by prefix or forced. */
	static boolean isAnyHeading(String line) {
		return isForcedHeading(line) || isHeading(line);
	}

	/** The heading's text and scene number (null when none), {@code [text, number]}. */
	static String[] splitSceneNumber(String heading) {
		String h = heading.strip();
		if (h.endsWith("#")) { //$NON-NLS-1$
			Matcher m = SCENE_NUMBER.matcher(h);
			if (m.find()) {
				return new String[] { h.substring(0, m.start()).strip(), m.group(1) };
			}
		}
		return new String[] { h, null };
	}

	/** True for "=== " and longer runs of '=' only. */
	static boolean isPageBreak(String line) {
		if (line.length() < 3) {
			return false;
		}
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) != '=') {
				return false;
			}
		}
		return true;
	}

	/** True for an upper-case line ending in "TO:" (the neighbours are the parser's business). */
	static boolean isTransition(String line) {
		return line.endsWith(TO) && isUpper(line);
	}

	/** True for a line wrapped in brackets, half- or full-width. */
	static boolean isParenthetical(String line) {
		if (line.length() < 2) {
			return false;
		}
		char first = line.charAt(0);
		char last = line.charAt(line.length() - 1);
		return (first == '(' || first == '\uff08') && (last == ')' || last == '\uff09');
	}

	/**
	 * True when the line can be a character cue: a name with at least one letter
	 * and no lower-case letters (extensions in brackets may be lower case), an
	 * optional trailing '^'. Names in scripts without case (Japanese, Chinese)
	 * qualify when short and free of sentence punctuation. A line of digits is
	 * no name.
	 */
	static boolean isCue(String line) {
		String s = withoutCaret(line);
		if (s.endsWith(TO)) {
			return false;
		}
		int paren = firstParen(s);
		String name = (paren < 0 ? s : s.substring(0, paren)).strip();
		if (name.isEmpty() || (paren >= 0 && !EXTENSIONS.matcher(s.substring(paren)).matches())) {
			return false;
		}
		boolean upper = false;
		boolean letter = false;
		for (int i = 0; i < name.length();) {
			int cp = name.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLowerCase(cp) || cp == '^') {
				return false;
			}
			upper |= Character.isUpperCase(cp);
			letter |= Character.isLetter(cp);
		}
		if (!letter) {
			return false;
		}
		if (upper) {
			return true;
		}
		if (name.codePointCount(0, name.length()) > MAX_CASELESS_NAME) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (SENTENCE.indexOf(name.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** True when a cue line ends in '^' (the second side of dual dialogue). */
	static boolean isDual(String cue) {
		return cue.endsWith("^"); //$NON-NLS-1$
	}

	/** The cue without a trailing '^' and the blanks before it. */
	static String withoutCaret(String cue) {
		return isDual(cue) ? cue.substring(0, cue.length() - 1).stripTrailing() : cue;
	}

	private static int firstParen(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '(' || c == '\uff08') {
				return i;
			}
		}
		return -1;
	}

	/** True when the text has an upper-case letter and no lower-case one. */
	static boolean isUpper(String s) {
		boolean upper = false;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLowerCase(cp)) {
				return false;
			}
			upper |= Character.isUpperCase(cp);
		}
		return upper;
	}
}
