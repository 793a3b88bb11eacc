// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ScriptElement;

/**
 * The rows of speeches: a cue with its parentheticals, dialogue and lyrics, and
 * two speeches side by side for dual dialogue (left column from 1.9", right
 * column from 4.9", 26 characters of dialogue each).
 */
final class SpeechRows {
	/** Characters of a cue line, from 3.7" to the right margin. */
	private static final int CUE_WIDTH = 38;
	/** Where the left and the right column of dual dialogue start, and their widths. */
	private static final double[] DUAL_DIALOGUE = { 1.9, 4.9 };
	private static final double DUAL_INDENT_PARENTHETICAL = 0.3;
	private static final double DUAL_INDENT_CUE = 0.7;
	private static final int DUAL_WIDTH = 26;
	private static final int DUAL_PARENTHETICAL_WIDTH = 20;
	private static final int DUAL_CUE_WIDTH = 18;

	private SpeechRows() {
	}

	/** The index after the speech whose cue is at i: its dialogue, parentheticals, lyrics and notes of the same side. */
	static int end(List<ScriptElement> elements, int i, boolean dual) {
		int j = i + 1;
		while (j < elements.size()) {
			ScriptElement e = elements.get(j);
			boolean speech = e.type() == ElementType.DIALOGUE || e.type() == ElementType.PARENTHETICAL || e.type() == ElementType.LYRIC;
			if (!(speech && e.dual() == dual) && e.type() != ElementType.NOTE) {
				break;
			}
			j++;
		}
		return j;
	}

	/** The cue's rows. */
	static List<PageRow> cue(String text) {
		return PageRow.wrap(text.replace('\n', ' '), ScreenplayPages.CUE, CUE_WIDTH);
	}

	/** The rows of the elements from..to (dialogue, parentheticals, lyrics; notes are skipped). */
	static List<PageRow> body(List<ScriptElement> elements, int from, int to) {
		List<PageRow> rows = new ArrayList<>();
		for (int k = from; k < to; k++) {
			ScriptElement e = elements.get(k);
			String text = e.text() == null ? "" : e.text(); //$NON-NLS-1$
			switch (e.type()) {
			case PARENTHETICAL -> rows.addAll(PageRow.wrap(text, ScreenplayPages.PARENTHETICAL, ScreenplayPages.PARENTHETICAL_WIDTH));
			case DIALOGUE, LYRIC -> rows.addAll(PageRow.wrap(text, ScreenplayPages.DIALOGUE, ScreenplayPages.DIALOGUE_WIDTH));
			default -> {
				// notes inside a speech are not printed
			}
			}
		}
		return rows;
	}

	/** The rows of two speeches side by side: the one from {@code left} to {@code right}, and the dual one to {@code end}. */
	static List<PageRow> dual(List<ScriptElement> elements, int left, int right, int end) {
		List<PageRow> a = column(elements, left, right, 0);
		List<PageRow> b = column(elements, right, end, 1);
		List<PageRow> rows = new ArrayList<>(Math.max(a.size(), b.size()));
		for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
			PageRow row = k < a.size() ? a.get(k) : new PageRow(List.of());
			rows.add(k < b.size() ? row.with(b.get(k)) : row);
		}
		return rows;
	}

	private static List<PageRow> column(List<ScriptElement> elements, int from, int to, int side) {
		double x = DUAL_DIALOGUE[side];
		List<PageRow> rows = PageRow.wrap(elements.get(from).text().replace('\n', ' '), x + DUAL_INDENT_CUE, DUAL_CUE_WIDTH);
		for (int k = from + 1; k < to; k++) {
			ScriptElement e = elements.get(k);
			if (e.type() == ElementType.PARENTHETICAL) {
				rows.addAll(PageRow.wrap(e.text(), x + DUAL_INDENT_PARENTHETICAL, DUAL_PARENTHETICAL_WIDTH));
			} else if (e.type() != ElementType.NOTE) {
				rows.addAll(PageRow.wrap(e.text(), x, DUAL_WIDTH));
			}
		}
		return rows;
	}

	/** True when the row is the first line of a parenthetical (a speech should not break right after it). */
	static boolean opensParenthetical(PageRow row) {
		return !row.runs().isEmpty() && row.runs().get(0).text().startsWith("("); //$NON-NLS-1$
	}

	/** The cue rows for the top of the next page: "NAME (CONT'D)", once. */
	static List<PageRow> continued(List<PageRow> cue, String contd) {
		if (cue.isEmpty()) {
			return cue;
		}
		StringBuilder name = new StringBuilder();
		for (PageRow row : cue) {
			for (PageRow.Run run : row.runs()) {
				name.append(name.isEmpty() ? "" : " ").append(run.text()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String text = name.toString();
		return cue(text.endsWith(contd.strip()) ? text : text + contd);
	}
}
