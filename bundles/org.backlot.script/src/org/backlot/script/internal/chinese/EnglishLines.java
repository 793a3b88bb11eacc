// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The English screenplay forms a mixed Chinese-English script may use: headings, character cues, parentheticals. */
final class EnglishLines {
	/** An English heading: its text without scene numbers, and its number or null. */
	record Heading(String text, String number) {
	}

	private static final Pattern HEADING = Pattern.compile(
			"^(?:(\\d{1,4}[A-Z]?)[.\\s]\\s*)?((INT\\.?\\s*/\\s*EXT|EXT\\.?\\s*/\\s*INT|I\\s*/\\s*E|E\\s*/\\s*I|INT|EXT|EST)(\\.\\s*|\\s+)\\S.*?)" //$NON-NLS-1$
					+ "(?:\\s+#([^#\\s]{1,8})#|\\s+(\\d{1,4}[A-Z]?))?$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CUE = Pattern.compile("^[A-Z][A-Z0-9 .'\\-&]*[A-Z0-9.](?:\\s*\\([^()]{1,20}\\))?$"); //$NON-NLS-1$
	private static final int MAX_CUE = 40;

	private EnglishLines() {
	}

	/** Reads an English heading ("INT. KITCHEN - DAY", "12 EXT. PARK - NIGHT 12", "INT. HALL - DAY #3#"); null when none. */
	static Heading heading(String s) {
		Matcher m = HEADING.matcher(s);
		if (!m.matches()) {
			return null;
		}
		String prefix = m.group(3);
		if (!prefix.equals(prefix.toUpperCase(java.util.Locale.ROOT)) && !m.group(4).startsWith(".")) { //$NON-NLS-1$
			return null; // "Ext something" in prose is no heading; "ext. park" is
		}
		String number = m.group(1);
		String text = m.group(2);
		if (m.group(5) != null) {
			number = m.group(5);
		} else if (m.group(6) != null) {
			if (m.group(6).equals(number)) {
				// "12 INT. HALL - DAY 12": the number on both sides
			} else {
				text = text + s.substring(m.end(2), m.end(6)); // "ROOM 12" is part of the set
			}
		}
		return new Heading(text.strip(), number);
	}

	/** True for an English character cue: upper case, short, no sentence. */
	static boolean cue(String s) {
		return s.length() <= MAX_CUE && CUE.matcher(s).matches() && !ChineseText.hasHan(s);
	}

	/** True for a line wrapped in parentheses. */
	static boolean parenthetical(String s) {
		return (s.startsWith("(") && s.endsWith(")")) || (s.startsWith("\uff08") && s.endsWith("\uff09")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
