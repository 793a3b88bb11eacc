// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;

/**
 * Lays a script out on standard screenplay pages, 55 lines each: action and
 * headings at 1.5", dialogue at 2.5" (35 characters), parentheticals at 3.1"
 * (25), cues at 3.7", transitions flush right at 7.5", scene numbers at 0.75"
 * and 7.3". Two blank lines go before a heading, one before other elements, none
 * inside a speech. A heading keeps two lines of what follows; a speech that
 * breaks ends in "(MORE)" and goes on under "NAME (CONT'D)"; short action,
 * transitions and dual dialogue move whole to the next page. Notes, sections and
 * synopses are not printed.
 */
final class ScreenplayPages {
	/** Lines on a page. */
	static final int LINES = 55;
	static final double ACTION = 1.5;
	static final double DIALOGUE = 2.5;
	static final double PARENTHETICAL = 3.1;
	static final double CUE = 3.7;
	static final double RIGHT = 7.5;
	static final double LEFT_NUMBER = 0.75;
	static final double RIGHT_NUMBER = 7.3;
	static final int ACTION_WIDTH = 60;
	/** Headings leave room for the scene number at the right. */
	static final int HEADING_WIDTH = 54;
	static final int DIALOGUE_WIDTH = 35;
	static final int PARENTHETICAL_WIDTH = 25;
	/** Action up to this many lines moves whole to the next page rather than break. */
	private static final int KEEP_ACTION = 10;
	private static final String MORE = "(MORE)"; //$NON-NLS-1$
	private static final String CONTD = " (CONT'D)"; //$NON-NLS-1$

	private final List<List<PageRow>> pages = new ArrayList<>();
	private List<PageRow> page;

	private ScreenplayPages() {
		newPage();
	}

	/** The pages of the script's body, each a list of its rows from the top line. */
	static List<List<PageRow>> layout(ParsedScript script) {
		ScreenplayPages p = new ScreenplayPages();
		List<ScriptElement> elements = script.elements();
		int i = 0;
		while (i < elements.size()) {
			i = p.element(elements, i);
		}
		if (p.pages.size() > 1 && p.page.isEmpty()) {
			p.pages.remove(p.pages.size() - 1);
		}
		return p.pages;
	}

	/** Lays out the element at i (with the ones that belong to it); returns the index after them. */
	private int element(List<ScriptElement> elements, int i) {
		ScriptElement e = elements.get(i);
		String text = e.text() == null ? "" : e.text(); //$NON-NLS-1$
		switch (e.type()) {
		case HEADING -> heading(e, text, keepsNext(elements, i + 1));
		case CHARACTER -> {
			int end = SpeechRows.end(elements, i, e.dual());
			boolean partner = end < elements.size() && elements.get(end).type() == ElementType.CHARACTER && elements.get(end).dual();
			if (!e.dual() && partner) {
				int dualEnd = SpeechRows.end(elements, end, true);
				if (dual(SpeechRows.dual(elements, i, end, dualEnd))) {
					return dualEnd;
				}
			}
			speech(SpeechRows.cue(text), SpeechRows.body(elements, i + 1, end));
			return end;
		}
		case DIALOGUE, PARENTHETICAL, LYRIC -> speech(List.of(), SpeechRows.body(elements, i, i + 1));
		case TRANSITION -> keep(List.of(PageRow.of(Math.max(ACTION, RIGHT - text.length() * 0.1), text.replace('\n', ' '))), 1);
		case SHOT -> keep(PageRow.wrap(text, ACTION, HEADING_WIDTH), 1);
		case CENTERED -> keep(centred(text), 1);
		case NOTE, SECTION, SYNOPSIS -> {
			// not printed
		}
		case PAGE_BREAK -> {
			if (!page.isEmpty()) {
				newPage();
			}
		}
		default -> action(PageRow.wrap(text, ACTION, ACTION_WIDTH));
		}
		return i + 1;
	}

	private void heading(ScriptElement e, String text, boolean keepNext) {
		List<PageRow> rows = PageRow.wrap(text.toUpperCase(Locale.ROOT).replace('\n', ' '), ACTION, HEADING_WIDTH);
		String n = e.sceneNumber();
		if (n != null && !n.isBlank() && !rows.isEmpty()) {
			rows.set(0, PageRow.of(LEFT_NUMBER, n.strip()).with(rows.get(0)).with(PageRow.of(RIGHT_NUMBER, n.strip())));
		}
		int gap = gap(2);
		// with a blank line and two lines of what follows
		int kept = keepNext ? 3 : 0;
		if (page.size() + gap + rows.size() + kept > LINES && !page.isEmpty()) {
			newPage();
			gap = 0;
		}
		emit(rows, gap);
	}

	/** True when something printed follows a heading in its scene (it keeps two lines of it on its page). */
	private static boolean keepsNext(List<ScriptElement> elements, int i) {
		for (int j = i; j < elements.size(); j++) {
			ElementType t = elements.get(j).type();
			if (t != ElementType.NOTE && t != ElementType.SECTION && t != ElementType.SYNOPSIS) {
				return t != ElementType.HEADING && t != ElementType.PAGE_BREAK;
			}
		}
		return false;
	}

	private void action(List<PageRow> rows) {
		List<PageRow> rest = rows;
		int gap = gap(1);
		while (page.size() + gap + rest.size() > LINES) {
			int room = LINES - page.size() - gap;
			if (rest.size() <= KEEP_ACTION || room < 2) {
				newPage();
				gap = 0;
				if (rest.size() <= LINES) {
					break;
				}
				room = LINES;
			}
			emit(rest.subList(0, room), gap);
			rest = rest.subList(room, rest.size());
			newPage();
			gap = 0;
		}
		emit(rest, gap);
	}

	/**
	 * A cue and the rows under it; breaks across pages with (MORE) and
	 * (CONT'D) when the page has room for the cue, two rows and (MORE).
	 */
	private void speech(List<PageRow> cue, List<PageRow> body) {
		int gap = gap(1);
		List<PageRow> rest = body;
		List<PageRow> head = cue;
		while (page.size() + gap + head.size() + rest.size() > LINES) {
			int room = LINES - page.size() - gap - head.size() - 1;
			if (head.isEmpty() || rest.size() <= 4 || room < 2) {
				if (page.isEmpty()) {
					room = Math.max(1, LINES - head.size() - 1);
				} else {
					newPage();
					gap = 0;
					continue;
				}
			}
			if (room > 1 && SpeechRows.opensParenthetical(rest.get(room - 1))) {
				room--;
			}
			List<PageRow> part = new ArrayList<>(head);
			part.addAll(rest.subList(0, room));
			part.add(PageRow.of(CUE, MORE));
			emit(part, gap);
			rest = rest.subList(room, rest.size());
			head = SpeechRows.continued(head, CONTD);
			newPage();
			gap = 0;
		}
		List<PageRow> all = new ArrayList<>(head);
		all.addAll(rest);
		emit(all, gap);
	}

	/** Dual dialogue kept together; false when it is too long for a page. */
	private boolean dual(List<PageRow> rows) {
		if (rows.size() > LINES) {
			return false;
		}
		keep(rows, 1);
		return true;
	}

	/** Rows that go whole on this page or the next. */
	private void keep(List<PageRow> rows, int gapBefore) {
		int gap = gap(gapBefore);
		if (page.size() + gap + rows.size() > LINES && !page.isEmpty()) {
			newPage();
			gap = 0;
		}
		emit(rows, gap);
	}

	private static List<PageRow> centred(String text) {
		List<PageRow> rows = new ArrayList<>();
		for (String line : PageRow.wrap(text, ACTION_WIDTH)) {
			rows.add(line.isEmpty() ? new PageRow(List.of()) : PageRow.of(ACTION + 3 - line.length() * 0.05, line));
		}
		return rows;
	}

	private int gap(int lines) {
		return page.isEmpty() ? 0 : lines;
	}

	/** Adds the rows after {@code gap} blank lines; rows past the page's end go on to new pages. */
	private void emit(List<PageRow> rows, int gap) {
		for (int k = 0; k < gap; k++) {
			page.add(new PageRow(List.of()));
		}
		for (PageRow row : rows) {
			if (page.size() >= LINES) {
				newPage();
			}
			page.add(row);
		}
	}

	private void newPage() {
		page = new ArrayList<>(LINES);
		pages.add(page);
	}
}
