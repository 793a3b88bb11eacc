// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time-of-day and interior/exterior words of Chinese scene headings, and
 * how a token such as "日/外" or "夜内" splits into them.
 */
final class HeadingWords {
	/** A heading word found in a token: its kind, what it means, and its text as written. */
	record Word(boolean time, String value, String written) {
	}

	private static final String INT = "INT"; //$NON-NLS-1$
	private static final String EXT = "EXT"; //$NON-NLS-1$
	private static final String INT_EXT = "INT/EXT"; //$NON-NLS-1$
	private static final String DAY = "DAY"; //$NON-NLS-1$
	private static final String NIGHT = "NIGHT"; //$NON-NLS-1$
	private static final String DAWN = "DAWN"; //$NON-NLS-1$
	private static final String DUSK = "DUSK"; //$NON-NLS-1$
	private static final String MORNING = "MORNING"; //$NON-NLS-1$

	/** Interior/exterior words. */
	static final Map<String, String> INT_EXT_WORDS = Map.ofEntries(Map.entry("内外景", INT_EXT), //$NON-NLS-1$
			Map.entry("内外", INT_EXT), Map.entry("外内", INT_EXT), Map.entry("内景", INT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("外景", EXT), Map.entry("室内", INT), Map.entry("室外", EXT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("内", INT), Map.entry("外", EXT)); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * Time words. 清晨 and 凌晨 count as DAWN (the light a crew has to match),
	 * 午/中午/下午 as DAY, 晚 as NIGHT; the word as written is always kept.
	 */
	static final Map<String, String> TIME_WORDS = Map.ofEntries(Map.entry("日", DAY), Map.entry("白天", DAY), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("白日", DAY), Map.entry("昼", DAY), Map.entry("午", DAY), Map.entry("中午", DAY), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("正午", DAY), Map.entry("下午", DAY), Map.entry("午后", DAY), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("夜", NIGHT), Map.entry("夜晚", NIGHT), Map.entry("晚", NIGHT), Map.entry("晚上", NIGHT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("夜间", NIGHT), Map.entry("深夜", NIGHT), Map.entry("午夜", NIGHT), Map.entry("半夜", NIGHT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("晨", DAWN), Map.entry("清晨", DAWN), Map.entry("黎明", DAWN), Map.entry("拂晓", DAWN), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("破晓", DAWN), Map.entry("日出", DAWN), Map.entry("凌晨", DAWN), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("黄昏", DUSK), Map.entry("傍晚", DUSK), Map.entry("日落", DUSK), Map.entry("薄暮", DUSK), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("早", MORNING), Map.entry("早上", MORNING), Map.entry("早晨", MORNING), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("上午", MORNING), Map.entry("连续", "CONTINUOUS"), Map.entry("同时", "CONTINUOUS"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Map.entry("稍后", "LATER")); //$NON-NLS-1$ //$NON-NLS-2$

	/** English words a mixed heading may use, upper case. */
	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("INT", INT), Map.entry("EXT", EXT), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("EST", EXT), Map.entry("I/E", INT_EXT), Map.entry("INT/EXT", INT_EXT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("EXT/INT", INT_EXT), Map.entry("DAY", DAY), Map.entry("NIGHT", NIGHT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("DAWN", DAWN), Map.entry("DUSK", DUSK), Map.entry("MORNING", MORNING), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("EVENING", "EVENING"), Map.entry("CONTINUOUS", "CONTINUOUS"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("LATER", "LATER")); //$NON-NLS-1$ //$NON-NLS-2$

	private static final int LONGEST = 3;

	private HeadingWords() {
	}

	/**
	 * Splits a token (already width-folded) into heading words, or returns null
	 * when any part of it is not one ("日内瓦" is a place, not 日 + 内). English
	 * words (INT., NIGHT) count only when {@code english} is set, so that an
	 * English place name in a Chinese heading stays part of the set.
	 */
	static List<Word> split(String token, boolean english) {
		if (token.isEmpty() || token.length() > 12) {
			return null;
		}
		if (english) {
			String e = ENGLISH.get(upper(token));
			if (e != null) {
				boolean time = !e.equals(INT) && !e.equals(EXT) && !e.equals(INT_EXT);
				return List.of(new Word(time, e, token));
			}
		}
		List<Word> out = new ArrayList<>(3);
		return split(token, 0, out) ? out : null;
	}

	private static boolean split(String s, int from, List<Word> out) {
		if (from == s.length()) {
			return !out.isEmpty();
		}
		char c = s.charAt(from);
		if (c == '/' || c == '.' || c == '\u00b7' || c == '-') {
			return from > 0 && split(s, from + 1, out);
		}
		for (int len = Math.min(LONGEST, s.length() - from); len >= 1; len--) {
			String w = s.substring(from, from + len);
			String ie = INT_EXT_WORDS.get(w);
			String t = ie == null ? TIME_WORDS.get(w) : null;
			if (ie == null && t == null) {
				continue;
			}
			out.add(new Word(t != null, ie != null ? ie : t, w));
			if (split(s, from + len, out)) {
				return true;
			}
			out.remove(out.size() - 1);
		}
		return false;
	}

	/** True for an English interior/exterior prefix ("INT.", "EXT", "I/E"). */
	static boolean englishIntExt(String token) {
		String e = ENGLISH.get(upper(token));
		return e != null && (e.equals(INT) || e.equals(EXT) || e.equals(INT_EXT));
	}

	private static String upper(String token) {
		return token.toUpperCase(Locale.ROOT).replace(".", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The time a longer time phrase starts with ("下午三点" → DAY), or null. */
	static String timePrefix(String phrase) {
		for (int len = Math.min(LONGEST, phrase.length()); len >= 1; len--) {
			String t = TIME_WORDS.get(phrase.substring(0, len));
			if (t != null) {
				return t;
			}
		}
		return null;
	}

	/** Combines two interior/exterior values: 内 and 外 together mean INT/EXT. */
	static String combine(String a, String b) {
		if (a == null || a.equals(b)) {
			return b;
		}
		return INT_EXT;
	}
}
