// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.script.internal.chinese.ChineseHeadings;

/**
 * Reads INT/EXT, set and time of day from a scene heading, in English
 * ("INT. KITCHEN - NIGHT", "I/E CAR - MOVING - DAY", also the non-standard
 * "EXT/INT.") and in the Chinese forms ("第1场 日 外 永川老街").
 */
public final class SceneHeadings {
	/** Prefixes that open a heading; the longer forms first. */
	private static final Pattern PREFIX = Pattern.compile(
			"^(INT\\.?\\s*/\\s*EXT|EXT\\.?\\s*/\\s*INT|I\\.?\\s*/\\s*E|E\\.?\\s*/\\s*I|INT|EXT|EST|\u0418\u041d\u0422|\u041d\u0410\u0422)(?:[.\u3002]|\\s|$)\\s*", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DASH = Pattern.compile("\\s+[-\u2013\u2014]+\\s+|\\s+[-\u2013\u2014]+$"); //$NON-NLS-1$
	private static final Map<String, String> TIMES = Map.ofEntries(Map.entry("DAY", "DAY"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("NIGHT", "NIGHT"), Map.entry("DAWN", "DAWN"), Map.entry("DUSK", "DUSK"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("MORNING", "MORNING"), Map.entry("EVENING", "EVENING"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("CONTINUOUS", "CONTINUOUS"), Map.entry("CONT", "CONTINUOUS"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("CONTINUED", "CONTINUOUS"), Map.entry("SAME", "CONTINUOUS"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("SAME TIME", "CONTINUOUS"), Map.entry("LATER", "LATER"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("MOMENTS LATER", "LATER"), Map.entry("A MOMENT LATER", "LATER"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("SUNRISE", "DAWN"), Map.entry("SUNSET", "DUSK"), Map.entry("TWILIGHT", "DUSK"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("AFTERNOON", "DAY"), Map.entry("NOON", "DAY"), Map.entry("MIDDAY", "DAY"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("EARLY MORNING", "MORNING"), Map.entry("LATE NIGHT", "NIGHT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("MIDNIGHT", "NIGHT"), Map.entry("EARLY EVENING", "EVENING")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private SceneHeadings() {
	}

	/** Parses a heading (without scene numbers or a forcing '.'); never null. */
	public static SceneHeading parse(String heading) {
		String h = heading == null ? "" : heading.strip(); //$NON-NLS-1$
		if (hasHan(h)) {
			SceneHeading chinese = ChineseHeadings.parse(h);
			if (chinese != null) {
				return chinese;
			}
		}
		String intExt = null;
		Matcher m = PREFIX.matcher(h);
		if (m.find()) {
			intExt = intExt(m.group(1));
			h = h.substring(m.end());
		}
		String time = null;
		String written = null;
		Matcher dash = DASH.matcher(h);
		int lastStart = -1;
		int lastEnd = -1;
		while (dash.find()) {
			lastStart = dash.start();
			lastEnd = dash.end();
		}
		if (lastStart >= 0) {
			written = h.substring(lastEnd).strip();
			time = TIMES.get(normal(written));
			if (written.isEmpty()) {
				written = null;
			}
			h = h.substring(0, lastStart);
		} else {
			// "INT. KITCHEN DAY" without a dash: a known time word at the end
			int space = h.lastIndexOf(' ');
			if (space > 0 && TIMES.containsKey(normal(h.substring(space + 1)))) {
				written = h.substring(space + 1);
				time = TIMES.get(normal(written));
				h = h.substring(0, space);
			}
		}
		return new SceneHeading(intExt, h.strip(), time, written);
	}

	/** True when the heading names a time: a known one, or a word as written. */
	public static String timeForJson(SceneHeading h) {
		return h.time() != null ? h.time() : h.timeAsWritten();
	}

	private static String intExt(String prefix) {
		String p = prefix.toUpperCase(Locale.ROOT).replaceAll("[.\\s\u3002]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return switch (p) {
		case "INT", "\u0418\u041d\u0422" -> "INT"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "EXT", "EST", "\u041d\u0410\u0422" -> "EXT"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> "INT/EXT"; //$NON-NLS-1$
		};
	}

	private static String normal(String time) {
		return time.toUpperCase(Locale.ROOT).replaceAll("[.()]", "").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	static boolean hasHan(String s) {
		return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
