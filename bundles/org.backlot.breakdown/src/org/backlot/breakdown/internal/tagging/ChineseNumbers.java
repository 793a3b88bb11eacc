// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

/**
 * Numbers as Chinese scripts write counts of people: Arabic digits (half or
 * full width) and Chinese numerals (一 to 九万九千九百九十九, 两, 百, 千, 万).
 * Approximate counts (the rule, so that crews book enough people):
 * <ul>
 * <li>几 or 数 on its own is "a few" = 3, and multiplies as 3 (几十 = 数十 = 30, 几百 = 300);</li>
 * <li>几 after a ten fills the units as 5, the middle (十几 = 15, 二十几 = 25);</li>
 * <li>two digits side by side are a range and count as the larger (三五 = 5, 七八 = 8, 二三十 = 30, 十七八 = 18);
 * "20-30", "20到30" likewise give 30;</li>
 * <li>多, 余 or 来 after a number add half of its last unit (二十多 = 25, 一百多 = 150, 20多 = 25);</li>
 * <li>上百/成百 = 100, 上千/成千 = 1000;</li>
 * <li>约, 大约, 近, 将近 before a number mark it approximate without changing it.</li>
 * </ul>
 */
public final class ChineseNumbers {
	private static final int MAX = 1_000_000;

	/**
	 * A number found in a text.
	 *
	 * @param value       the value (see the class comment for approximate forms)
	 * @param end         offset just past the number
	 * @param approximate whether the text gives it only roughly
	 */
	public record Number(int value, int end, boolean approximate) {
	}

	private ChineseNumbers() {
	}

	/** The number that starts at {@code from} (approximation words included), or null. */
	public static Number parse(CharSequence s, int from) {
		int i = from;
		boolean approx = false;
		if (startsWith(s, i, "大约") || startsWith(s, i, "将近")) { //$NON-NLS-1$ //$NON-NLS-2$
			i += 2;
			approx = true;
		} else if (i < s.length() && (s.charAt(i) == '约' || s.charAt(i) == '近')) {
			i++;
			approx = true;
		}
		Number n = arabic(s, i);
		if (n == null) {
			n = chinese(s, i);
		}
		if (n == null) {
			return null;
		}
		return approx ? new Number(n.value(), n.end(), true) : n;
	}

	/** The value of a digit character (Arabic or Chinese, 两 = 2), or -1. */
	static int digit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '０' && c <= '９') {
			return c - '０';
		}
		if (c == '两') {
			return 2;
		}
		return c == '〇' ? 0 : "零一二三四五六七八九".indexOf(c); //$NON-NLS-1$
	}

	/** Whether the character can be part of a Chinese numeral. */
	static boolean isNumeral(char c) {
		return "零〇一二两三四五六七八九十百千万几数".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= '０' && c <= '９'; //$NON-NLS-1$
	}

	private static boolean isArabic(char c) {
		return c >= '0' && c <= '9' || c >= '０' && c <= '９';
	}

	private static Number arabic(CharSequence s, int from) {
		int i = from;
		long v = 0;
		while (i < s.length() && isArabic(s.charAt(i)) && i - from < 7) {
			v = v * 10 + digit(s.charAt(i));
			i++;
		}
		if (i == from) {
			return null;
		}
		int value = (int) Math.min(v, MAX);
		boolean approx = false;
		int sep = i;
		if (sep < s.length() && "-~～—–到至".indexOf(s.charAt(sep)) >= 0 && sep + 1 < s.length() && isArabic(s.charAt(sep + 1))) { //$NON-NLS-1$
			Number upper = arabic(s, sep + 1);
			if (upper != null && upper.value() >= value) {
				return more(s, new Number(upper.value(), upper.end(), true), unit(upper.value()));
			}
		}
		return more(s, new Number(value, i, approx), unit(value));
	}

	private static int unit(int value) {
		int u = 1;
		while (value > 0 && value % (u * 10) == 0) {
			u *= 10;
		}
		return u;
	}

	/** Applies 多/余/来 after a number. */
	private static Number more(CharSequence s, Number n, int lastUnit) {
		int i = n.end();
		if (i < s.length() && "多余来".indexOf(s.charAt(i)) >= 0 && lastUnit >= 10) { //$NON-NLS-1$
			return new Number(Math.min(MAX, n.value() + lastUnit / 2), i + 1, true);
		}
		return n;
	}

	private static Number chinese(CharSequence s, int from) {
		int i = from;
		if (i + 1 < s.length() && (s.charAt(i) == '上' || s.charAt(i) == '成')
				&& (s.charAt(i + 1) == '百' || s.charAt(i + 1) == '千')) {
			return new Number(s.charAt(i + 1) == '百' ? 100 : 1000, i + 2, true);
		}
		long total = 0;
		long section = 0;
		int pending = -1;
		int lastUnit = 1;
		boolean approx = false;
		boolean afterDigit = false;
		boolean afterUnit = false;
		for (; i < s.length(); i++) {
			char c = s.charAt(i);
			int d = isArabic(c) ? -1 : digit(c);
			if (d == 0) { // 一百零五
				pending = -1;
				afterDigit = false;
				continue;
			}
			if (d > 0) {
				if (afterDigit && pending >= 0) {
					pending = Math.max(pending, d);
					approx = true;
				} else {
					pending = d;
				}
				afterDigit = true;
				afterUnit = false;
				lastUnit = 1;
				continue;
			}
			if (c == '几' || c == '数') {
				pending = afterUnit ? 5 : 3;
				approx = true;
				afterDigit = true;
				afterUnit = false;
				lastUnit = 1;
				continue;
			}
			int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : c == '万' ? 10000 : 0;
			if (unit == 0) {
				break;
			}
			if (unit == 10000) {
				total = (total + section + Math.max(pending, 0)) * 10000;
				section = 0;
			} else {
				section += (long) (pending < 0 ? 1 : pending) * unit;
			}
			pending = -1;
			lastUnit = unit;
			afterDigit = false;
			afterUnit = true;
		}
		if (i == from) {
			return null;
		}
		long v = total + section + Math.max(pending, 0);
		return more(s, new Number((int) Math.min(v, MAX), i, approx), lastUnit);
	}

	private static boolean startsWith(CharSequence s, int i, String prefix) {
		if (i + prefix.length() > s.length()) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (s.charAt(i + k) != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}
}
