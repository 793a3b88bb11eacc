// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.script.api.TitleEntry;

/**
 * Reads the title page at the start of a Fountain file: {@code Key: value}
 * lines (also with a full-width colon), values continued on indented lines,
 * ending at the first blank line. The first line opens a title page only when
 * it has a value or an indented value follows, so that a script that starts
 * with "FADE IN:" or "CUT TO:" has no title page.
 */
final class TitlePageReader {
	/** A key of up to 30 letters, digits, blanks and a little punctuation, then ':' or '：'. */
	private static final Pattern KEY = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N} _'&-]{0,29}?)\\s*[:\uff1a]\\s*(.*)"); //$NON-NLS-1$

	private TitlePageReader() {
	}

	/**
	 * Reads a title page starting at line {@code start} into {@code into} and
	 * returns the first line after it, or {@code start} when there is none.
	 * {@code clean} takes notes out of a line.
	 */
	static int read(SourceLines src, int start, List<TitleEntry> into, UnaryOperator<String> clean) {
		if (start >= src.size() || src.kind(start) != SourceLines.TEXT) {
			return start;
		}
		Matcher first = KEY.matcher(src.line(start));
		if (!first.matches() || (first.group(2).isEmpty() && !indented(src, start + 1))) {
			return start;
		}
		String key = null;
		StringBuilder value = new StringBuilder();
		int i = start;
		for (; i < src.size(); i++) {
			byte kind = src.kind(i);
			if (kind == SourceLines.BLANK || kind == SourceLines.SPACER) {
				break;
			}
			String raw = src.line(i);
			if (kind == SourceLines.NOTE_ONLY) {
				clean.apply(raw);
				continue;
			}
			if (key != null && Character.isWhitespace(raw.charAt(0))) {
				if (!value.isEmpty()) {
					value.append('\n');
				}
				value.append(clean.apply(raw).strip());
				continue;
			}
			Matcher m = KEY.matcher(raw);
			if (!m.matches()) {
				break;
			}
			add(into, key, value);
			key = m.group(1).strip().toLowerCase(Locale.ROOT);
			value.setLength(0);
			value.append(clean.apply(m.group(2)).strip());
		}
		add(into, key, value);
		return i;
	}

	private static boolean indented(SourceLines src, int i) {
		return i < src.size() && src.kind(i) == SourceLines.TEXT && Character.isWhitespace(src.line(i).charAt(0));
	}

	private static void add(List<TitleEntry> into, String key, StringBuilder value) {
		if (key != null) {
			into.add(new TitleEntry(key, InlineMarkup.strip(value.toString())));
		}
	}
}
