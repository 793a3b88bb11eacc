// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

/** Small text helpers for Chinese scripts: width folding, Chinese numerals, script tests. */
final class ChineseText {
	private static final String DIGITS = "零一二三四五六七八九"; //$NON-NLS-1$
	private static final String FORMAL = "〇壹贰叁肆伍陆柒捌玖"; //$NON-NLS-1$

	private ChineseText() {
	}

	/**
	 * Folds full-width ASCII forms (１２, ：, （) to their ASCII twins and every
	 * space character (the ideographic space among them) to a plain space. The result has the same length as the input, so
	 * offsets found in it point at the same characters of the original.
	 */
	static String fold(String s) {
		char[] c = s.toCharArray();
		for (int i = 0; i < c.length; i++) {
			char ch = c[i];
			if (ch >= '\uff01' && ch <= '\uff5e') {
				c[i] = (char) (ch - 0xfee0);
			} else if (ch == '\t' || Character.isSpaceChar(ch)) {
				c[i] = ' ';
			}
		}
		return new String(c);
	}

	/**
	 * A line without surrounding white space, its no-break spaces made plain
	 * (so that {@link String#strip} and {@link #fold} agree on what is space).
	 */
	static String clean(String line) {
		return line.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ').strip();
	}

	/** True for a Han ideograph. */
	static boolean isHan(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}

	/** True when the text holds at least one Han ideograph. */
	static boolean hasHan(CharSequence s) {
		for (int i = 0; i < s.length(); i++) {
			if (isHan(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Number of code points. */
	static int length(String s) {
		return s.codePointCount(0, s.length());
	}

	/**
	 * The value of a number written in Chinese numerals (十二, 一百零五, 二十,
	 * 廿三, 壹拾) or ASCII digits; -1 when it is neither or too large.
	 */
	static int number(String s) {
		if (s.isEmpty() || s.length() > 9) {
			return -1;
		}
		if (s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
			return Integer.parseInt(s);
		}
		int total = 0;
		int digit = -1;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			int d = digit(ch);
			if (d >= 0) {
				digit = digit < 0 ? d : digit * 10 + d; // "一二" read digit by digit
				continue;
			}
			int unit = switch (ch) {
			case '十', '拾' -> 10;
			case '百', '佰' -> 100;
			case '千', '仟' -> 1000;
			case '廿' -> 20;
			case '卅' -> 30;
			default -> -1;
			};
			if (unit < 0) {
				return -1;
			}
			if (unit == 20 || unit == 30) {
				total += unit;
			} else {
				total += (digit < 0 ? 1 : digit) * unit;
			}
			digit = -1;
		}
		return total + Math.max(digit, 0);
	}

	/** A number in digits: Chinese numerals converted ("十二" → "12"), digits as written. */
	static String digits(String n) {
		int v = number(n);
		return v < 0 ? n : Integer.toString(v);
	}

	private static int digit(char ch) {
		if (ch == '两') {
			return 2;
		}
		int d = DIGITS.indexOf(ch);
		if (d < 0) {
			d = FORMAL.indexOf(ch);
		}
		return d;
	}
}
