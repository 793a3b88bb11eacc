// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Latin words of a text (runs of letters and digits; Chinese and other
 * East Asian characters excluded) with their offsets, for matching on word
 * boundaries. "T-shirt" is two words joined by a hyphen; "John's" is "John" and "s".
 */
final class Tokens {
	final String text;
	private int[] starts = new int[16];
	private int[] ends = new int[16];
	private String[] lower = new String[16];
	private int size;

	private Tokens(String text) {
		this.text = text;
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (!isWordChar(text.charAt(i))) {
				i++;
				continue;
			}
			int s = i;
			while (i < n && isWordChar(text.charAt(i))) {
				i++;
			}
			add(s, i);
		}
	}

	/** Splits a text into words. */
	static Tokens of(String text) {
		return new Tokens(text == null ? "" : text); //$NON-NLS-1$
	}

	private void add(int s, int e) {
		if (size == starts.length) {
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
			lower = Arrays.copyOf(lower, size * 2);
		}
		starts[size] = s;
		ends[size] = e;
		lower[size] = text.substring(s, e).toLowerCase(Locale.ROOT);
		size++;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) && c < '\u2e80';
	}

	int size() {
		return size;
	}

	int start(int i) {
		return starts[i];
	}

	int end(int i) {
		return ends[i];
	}

	/** The word in lower case. */
	String lower(int i) {
		return lower[i];
	}

	/** The word as written. */
	String word(int i) {
		return text.substring(starts[i], ends[i]);
	}

	/** Whether words i and i + 1 belong to one phrase: only spaces, apostrophes or one hyphen between them. */
	boolean joined(int i) {
		if (i + 1 >= size) {
			return false;
		}
		int hyphens = 0;
		for (int k = ends[i]; k < starts[i + 1]; k++) {
			char c = text.charAt(k);
			if (c == '-') {
				hyphens++;
			} else if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\n' && c != '\'' && c != '’') {
				return false;
			}
		}
		return hyphens <= 1;
	}

	/** Whether words i and i + 1 may belong to one name ("DR. SMITH", "O'BRIEN", "MARY-ANN"). */
	boolean nameJoined(int i) {
		if (i + 1 >= size || starts[i + 1] - ends[i] > 3) {
			return false;
		}
		for (int k = ends[i]; k < starts[i + 1]; k++) {
			char c = text.charAt(k);
			if (c != ' ' && c != '.' && c != '\'' && c != '’' && c != '-') {
				return false;
			}
		}
		return true;
	}

	/** Whether the word is written in capitals (at least one letter, no lower case). */
	boolean isUpper(int i) {
		boolean upper = false;
		for (int k = starts[i]; k < ends[i]; k++) {
			char c = text.charAt(k);
			if (Character.isLowerCase(c)) {
				return false;
			}
			upper |= Character.isUpperCase(c);
		}
		return upper;
	}

	/** Whether the word starts with a capital and goes on in lower case ("John"). */
	boolean isTitle(int i) {
		if (!Character.isUpperCase(text.charAt(starts[i]))) {
			return false;
		}
		for (int k = starts[i] + 1; k < ends[i]; k++) {
			if (Character.isUpperCase(text.charAt(k))) {
				return false;
			}
		}
		return true;
	}
}
