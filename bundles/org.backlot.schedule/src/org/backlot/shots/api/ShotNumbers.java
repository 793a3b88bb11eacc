// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import java.util.Comparator;

/** Shot numbers: a scene number followed by letters (12A ... 12Z, 12AA, 12AB ...), in natural order. */
public final class ShotNumbers {
	/** Natural order of shot numbers: digits by value, then letter suffixes by length and alphabet (3A < 3B < 3Z < 3AA). */
	public static final Comparator<String> ORDER = ShotNumbers::compare;

	private ShotNumbers() {
	}

	/** The letters for a zero-based index: 0 = A, 25 = Z, 26 = AA, 27 = AB. */
	public static String letters(int index) {
		StringBuilder b = new StringBuilder();
		int n = index + 1;
		while (n > 0) {
			n--;
			b.insert(0, (char) ('A' + n % 26));
			n /= 26;
		}
		return b.toString();
	}

	/** The zero-based index of a suffix of letters A-Z (case-insensitive), or -1 when it is not one. */
	public static int index(String letters) {
		if (letters == null || letters.isEmpty() || letters.length() > 5) {
			return -1;
		}
		int n = 0;
		for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			if (c < 'A' || c > 'Z') {
				return -1;
			}
			n = n * 26 + (c - 'A' + 1);
		}
		return n - 1;
	}

	/** The index of a shot's suffix after the scene's number, or -1 when the shot number does not follow the pattern. */
	public static int indexIn(String shotNumber, String sceneNumber) {
		if (shotNumber == null || sceneNumber == null || !shotNumber.regionMatches(true, 0, sceneNumber, 0, sceneNumber.length())) {
			return -1;
		}
		return index(shotNumber.substring(sceneNumber.length()));
	}

	private static int compare(String a, String b) {
		String x = a == null ? "" : a; //$NON-NLS-1$
		String y = b == null ? "" : b; //$NON-NLS-1$
		int i = 0;
		int j = 0;
		while (i < x.length() && j < y.length()) {
			char c = x.charAt(i);
			char d = y.charAt(j);
			if (Character.isDigit(c) && Character.isDigit(d)) {
				int ei = run(x, i, true);
				int ej = run(y, j, true);
				int r = new java.math.BigInteger(x.substring(i, ei)).compareTo(new java.math.BigInteger(y.substring(j, ej)));
				if (r != 0) {
					return r;
				}
				i = ei;
				j = ej;
			} else if (Character.isLetter(c) && Character.isLetter(d)) {
				int ei = run(x, i, false);
				int ej = run(y, j, false);
				int r = Integer.compare(ei - i, ej - j);
				if (r == 0) {
					r = x.substring(i, ei).compareToIgnoreCase(y.substring(j, ej));
				}
				if (r != 0) {
					return r;
				}
				i = ei;
				j = ej;
			} else {
				if (c != d) {
					return Character.compare(c, d);
				}
				i++;
				j++;
			}
		}
		return Integer.compare(x.length() - i, y.length() - j);
	}

	private static int run(String s, int from, boolean digits) {
		int k = from;
		while (k < s.length() && (digits ? Character.isDigit(s.charAt(k)) : Character.isLetter(s.charAt(k)))) {
			k++;
		}
		return k;
	}
}
