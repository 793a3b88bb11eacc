// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.Map;
import java.util.Set;

/**
 * Counts of people as English action lines give them: digits ("30", "20-30"),
 * number words ("two", "twenty-five", "two hundred"), "a dozen", "a couple of".
 * Approximate counts (the rule, so that crews book enough people): "a few" 3,
 * "a handful of" 5, "dozens of" 24, "scores of" 40, "hundreds of" 200,
 * "thousands of" 1000, "a few dozen" 36, a range its upper end; "about",
 * "around", "some 50", "nearly", "over", "at least"... and "or so" mark a count
 * approximate without changing it. "Several", "some", "many", "a number of"
 * give no number (unknown, count 0).
 */
final class EnglishCounts {
	/** How sure a count is. */
	enum Kind {
		EXACT, APPROXIMATE, UNKNOWN
	}

	/**
	 * A count: its value (0 when unknown) and the word just past it ("of" included when part of the phrase).
	 */
	record Count(int value, int end, Kind kind) {
		Count approximate() {
			return kind == Kind.EXACT ? new Count(value, end, Kind.APPROXIMATE) : this;
		}
	}

	private static final String[] UNITS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"nineteen" }; //$NON-NLS-1$
	private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Map<String, Integer> PLURAL_OF = Map.of("dozens", 24, "scores", 40, "hundreds", 200, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"thousands", 1000); //$NON-NLS-1$
	private static final Set<String> UNKNOWN = Set.of("several", "many", "numerous", "various", "countless", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"multiple", "some", "more", "other", "assorted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> ROUGHLY = Set.of("about", "around", "roughly", "nearly", "almost", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"approximately", "some", "over", "maybe", "perhaps", "circa", "under"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Set<String> ROUGHLY_2 = Set.of("at least", "more than", "up to", "close to", "at most", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"fewer than", "less than"); //$NON-NLS-1$ //$NON-NLS-2$

	private EnglishCounts() {
	}

	/** The count starting at word {@code i}, or null. */
	static Count parse(Tokens t, int i) {
		String w = w(t, i);
		if (ROUGHLY.contains(w) && t.joined(i)) {
			Count c = number(t, i + 1);
			if (c != null) {
				return suffix(t, c.approximate());
			}
		}
		if (ROUGHLY_2.contains(w + ' ' + w(t, i + 1)) && t.joined(i) && t.joined(i + 1)) {
			Count c = number(t, i + 2);
			if (c != null) {
				return suffix(t, c.approximate());
			}
		}
		Count c = number(t, i);
		if (c != null) {
			return suffix(t, c);
		}
		if (UNKNOWN.contains(w)) {
			return new Count(0, i + 1, Kind.UNKNOWN);
		}
		if (t.joined(i)) {
			String next = w(t, i + 1);
			if (w.equals("a") && (next.equals("number") || next.equals("lot") || next.equals("bunch")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					&& w(t, i + 2).equals("of")) { //$NON-NLS-1$
				return new Count(0, i + 3, Kind.UNKNOWN);
			}
			if (w.equals("lots") && next.equals("of")) { //$NON-NLS-1$ //$NON-NLS-2$
				return new Count(0, i + 2, Kind.UNKNOWN);
			}
		}
		return null;
	}

	/** "or so", "-odd" after a count. */
	private static Count suffix(Tokens t, Count c) {
		int e = c.end();
		if (w(t, e).equals("or") && w(t, e + 1).equals("so") && t.joined(e - 1) && t.joined(e)) { //$NON-NLS-1$ //$NON-NLS-2$
			return new Count(c.value(), e + 2, Kind.APPROXIMATE);
		}
		if (w(t, e).equals("odd") && t.joined(e - 1)) { //$NON-NLS-1$
			return new Count(c.value(), e + 1, Kind.APPROXIMATE);
		}
		return c;
	}

	/** A definite or approximate number (no "several"). */
	private static Count number(Tokens t, int i) {
		String w = w(t, i);
		if (w.isEmpty()) {
			return null;
		}
		if (isDigits(w)) {
			int v = Integer.parseInt(w);
			String sep = i + 1 < t.size() ? t.text.substring(t.end(i), t.start(i + 1)).strip() : ""; //$NON-NLS-1$
			if (i + 1 < t.size() && isDigits(w(t, i + 1)) && (sep.equals("-") || sep.equals("–"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return new Count(Math.max(v, Integer.parseInt(w(t, i + 1))), i + 2, Kind.APPROXIMATE);
			}
			if ((w(t, i + 1).equals("to") || w(t, i + 1).equals("or")) && isDigits(w(t, i + 2)) && t.joined(i) //$NON-NLS-1$ //$NON-NLS-2$
					&& t.joined(i + 1)) {
				return new Count(Math.max(v, Integer.parseInt(w(t, i + 2))), i + 3, Kind.APPROXIMATE);
			}
			return new Count(v, i + 1, Kind.EXACT);
		}
		if (PLURAL_OF.containsKey(w) && w(t, i + 1).equals("of") && t.joined(i)) { //$NON-NLS-1$
			return new Count(PLURAL_OF.get(w), i + 2, Kind.APPROXIMATE);
		}
		if ((w.equals("a") || w.equals("an")) && t.joined(i)) { //$NON-NLS-1$ //$NON-NLS-2$
			return article(t, i + 1);
		}
		if (w.equals("half") && w(t, i + 1).equals("a") && w(t, i + 2).equals("dozen") && t.joined(i) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				&& t.joined(i + 1)) {
			return new Count(6, i + 3, Kind.EXACT);
		}
		return words(t, i);
	}

	/** After "a": a dozen, a couple (of), a pair of, a few (dozen), a handful of, a hundred, a thousand. */
	private static Count article(Tokens t, int i) {
		String w = w(t, i);
		return switch (w) {
		case "dozen" -> new Count(12, i + 1, Kind.EXACT); //$NON-NLS-1$
		case "couple" -> new Count(2, of(t, i + 1), Kind.EXACT); //$NON-NLS-1$
		case "pair" -> w(t, i + 1).equals("of") ? new Count(2, i + 2, Kind.EXACT) : null; //$NON-NLS-1$ //$NON-NLS-2$
		case "few" -> w(t, i + 1).equals("dozen") && t.joined(i) ? new Count(36, of(t, i + 2), Kind.APPROXIMATE) //$NON-NLS-1$ //$NON-NLS-2$
				: new Count(3, i + 1, Kind.APPROXIMATE);
		case "handful" -> new Count(5, of(t, i + 1), Kind.APPROXIMATE); //$NON-NLS-1$
		case "hundred" -> new Count(100, i + 1, Kind.EXACT); //$NON-NLS-1$
		case "thousand" -> new Count(1000, i + 1, Kind.EXACT); //$NON-NLS-1$
		default -> null;
		};
	}

	/** Number words: "two", "twenty-five", "two hundred", "two dozen". */
	private static Count words(Tokens t, int i) {
		String w = w(t, i);
		int v = unit(w);
		int j = i + 1;
		if (v < 0) {
			Integer tens = TENS.get(w);
			if (tens == null) {
				return null;
			}
			v = tens;
			int u = unit(w(t, j));
			if (u > 0 && u < 10 && t.joined(i)) {
				v += u;
				j++;
			}
		}
		String next = w(t, j);
		if ((next.equals("hundred") || next.equals("thousand")) && t.joined(j - 1)) { //$NON-NLS-1$ //$NON-NLS-2$
			v *= next.equals("hundred") ? 100 : 1000; //$NON-NLS-1$
			j++;
		} else if (next.equals("dozen") && t.joined(j - 1)) { //$NON-NLS-1$
			v *= 12;
			j++;
		}
		return new Count(v, j, Kind.EXACT);
	}

	private static int unit(String w) {
		for (int k = 0; k < UNITS.length; k++) {
			if (UNITS[k].equals(w)) {
				return k;
			}
		}
		return -1;
	}

	private static int of(Tokens t, int i) {
		return w(t, i).equals("of") ? i + 1 : i; //$NON-NLS-1$
	}

	private static boolean isDigits(String w) {
		if (w.isEmpty() || w.length() > 6) {
			return false;
		}
		for (int k = 0; k < w.length(); k++) {
			if (w.charAt(k) < '0' || w.charAt(k) > '9') {
				return false;
			}
		}
		return true;
	}

	/** The lower-case word i, or "" past the end. */
	static String w(Tokens t, int i) {
		return i >= 0 && i < t.size() ? t.lower(i) : ""; //$NON-NLS-1$
	}
}
