// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.backlot.script.api.TitleEntry;

/**
 * Names the lines of a title page (PDF, text or Final Draft), by where they
 * sit and what they say. The rules, kept simple on purpose:
 * <ul>
 * <li>centred lines before a credit line ("Written by", "Screenplay by", "by")
 * are the <b>title</b>; the credit line is the <b>credit</b>; the centred lines
 * after it, up to a blank line or a line such as "Story by", "Based on", are the
 * <b>author</b> (with no credit line, the second centred block is the author);
 * later centred lines are the <b>source</b>;</li>
 * <li>lines elsewhere (usually bottom left or right) are grouped by blank lines:
 * a group that opens with "Copyright", "(c)" or "©" is the <b>copyright</b>, one
 * that opens with "Draft", "Revised" or a date is the <b>draft date</b>, the
 * others together are the <b>contact</b>.</li>
 * </ul>
 */
public final class TitlePageReader {
	private static final Pattern CREDIT = Pattern.compile(
			"^(?:(?:written|screenplay|teleplay|script|written and directed)\\s+by|by)$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern SOURCE = Pattern.compile(
			"^(?:story by|based on|adapted|from the|inspired by|original|novel by|after)\\b.*", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern COPYRIGHT = Pattern.compile("^(?:copyright|\\(c\\)|\u00a9).*", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern DRAFT = Pattern.compile(
			"^(?:(?:first|second|third|final|shooting|production|revised|white|blue|pink|yellow|green)?\\s*draft|revised|revision|rev\\.|"//$NON-NLS-1$
					+ "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)).*", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	/** Where a line sits across the page. */
	public enum Align {
		/** Centred. */
		CENTER,
		/** At the left margin. */
		LEFT,
		/** Pushed to the right. */
		RIGHT
	}

	/**
	 * A line of the title page.
	 *
	 * @param text        the text, trimmed
	 * @param align       where it sits
	 * @param blankBefore true when a blank line (or a change of type size) separates it from the line above
	 */
	public record Line(String text, Align align, boolean blankBefore) {
	}

	private TitlePageReader() {
	}

	/** Title-page entries for the lines, in page order. */
	public static List<TitleEntry> read(List<Line> lines) {
		Map<String, StringBuilder> entries = new LinkedHashMap<>();
		int centredBlocks = 0;
		String centredKey = null;
		String sideKey = null;
		boolean creditSeen = false;
		Line previous = null;
		for (Line line : lines) {
			String text = line.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			boolean newBlock = previous == null || line.blankBefore() || previous.align() != line.align();
			if (line.align() == Align.CENTER) {
				if (newBlock) {
					centredBlocks++;
				}
				if (CREDIT.matcher(text).matches()) {
					append(entries, "credit", text); //$NON-NLS-1$
					creditSeen = true;
					centredKey = "author"; //$NON-NLS-1$
					previous = line;
					continue;
				}
				centredKey = centredKey(centredKey, text, newBlock, creditSeen, centredBlocks, entries.containsKey("author")); //$NON-NLS-1$
				append(entries, centredKey, text);
			} else {
				if (newBlock || sideKey == null) {
					sideKey = COPYRIGHT.matcher(text).matches() ? "copyright" //$NON-NLS-1$
							: DRAFT.matcher(text).matches() ? "draft date" : "contact"; //$NON-NLS-1$ //$NON-NLS-2$
				}
				append(entries, sideKey, text);
			}
			previous = line;
		}
		List<TitleEntry> result = new ArrayList<>(entries.size());
		entries.forEach((k, v) -> result.add(new TitleEntry(k, v.toString())));
		return result;
	}

	/** The key of a centred line that is not a credit line, given the key of the centred line before it. */
	private static String centredKey(String key, String text, boolean newBlock, boolean creditSeen, int blocks,
			boolean hasAuthor) {
		if (key == null) {
			return "title"; //$NON-NLS-1$
		}
		return switch (key) {
		case "title" -> !newBlock ? key : creditSeen || blocks != 2 ? "source" : "author"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "author" -> SOURCE.matcher(text).matches() || (newBlock && hasAuthor) ? "source" : key; //$NON-NLS-1$ //$NON-NLS-2$
		default -> key;
		};
	}

	private static void append(Map<String, StringBuilder> entries, String key, String text) {
		StringBuilder b = entries.get(key);
		if (b == null) {
			entries.put(key, new StringBuilder(text));
		} else {
			b.append('\n').append(text);
		}
	}
}
