// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.Locale;
import java.util.regex.Pattern;

/** Character names from cues, and the spelling of element names (Title Case, sentence case). */
public final class Names {
	private static final Pattern BARE_EXTENSION = Pattern.compile(
			"\\s+(?:V\\.\\s?O\\.?|O\\.\\s?S\\.?|O\\.\\s?C\\.?|CONT['’]D|VO|OS|OC)\\s*$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

	/** A span [start, end) of a text. */
	public record Span(int start, int end) {
	}

	private Names() {
	}

	/**
	 * Where the name is in a cue: "BOB (V.O.)", "MARY (CONT'D) ^", "@McCLANE",
	 * "林晓（画外音）", "林晓：" all give the span of the bare name; null when none.
	 */
	public static Span cue(String text) {
		if (text == null) {
			return null;
		}
		int end = text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '（' || c == '^' || c == ':' || c == '：' || c == '[') {
				end = i;
				break;
			}
		}
		int start = 0;
		while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '@')) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		var m = BARE_EXTENSION.matcher(text).region(start, end);
		if (m.find()) {
			end = m.start();
		}
		return end > start ? new Span(start, end) : null;
	}

	/** The cue key of a name: extensions removed, spaces collapsed, Latin letters upper case ("" when none). */
	public static String key(String name) {
		Span s = cue(name);
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		return SPACES.matcher(name.substring(s.start(), s.end())).replaceAll(" ").toUpperCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * A character's display name: an all-capitals Latin name in Title Case
	 * ("JOHN O'BRIEN" → "John O'Brien", "MARY-ANN" → "Mary-Ann"); anything with
	 * lower case letters, and Chinese, as written.
	 */
	public static String titleCase(String name) {
		if (!isAllCaps(name)) {
			return name;
		}
		StringBuilder b = new StringBuilder(name.length());
		int wordStart = -1;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isLetter(c)) {
				b.append(c);
				if (c != '\'' && c != '’') {
					wordStart = -1;
				} else if (wordStart >= 0 && i - wordStart == 1) {
					wordStart = -1; // O'BRIEN, D'ARCY: the letter after the apostrophe starts a word
				}
				continue;
			}
			if (wordStart < 0) {
				wordStart = i;
				b.append(Character.toUpperCase(c));
			} else {
				b.append(Character.toLowerCase(c));
			}
		}
		return b.toString();
	}

	/** A noun phrase in sentence case: "POLICE OFFICERS" → "Police officers". */
	public static String sentenceCase(String phrase) {
		String s = SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** Whether the text has Latin capitals and no lower case letters. */
	public static boolean isAllCaps(CharSequence s) {
		boolean upper = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			upper |= Character.isUpperCase(c);
		}
		return upper;
	}

	/** Whether the character is a Chinese character (CJK ideograph). */
	public static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** Whether the text contains a Chinese character. */
	public static boolean hasHan(CharSequence s) {
		for (int i = 0; i < s.length(); i++) {
			if (isHan(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}
}
