// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.util.List;

/**
 * Lays a screenplay out on standard pages (Courier 12, 10 characters an inch,
 * 55 lines a page; action 6", dialogue 3.5", parentheticals 2.5") to find where
 * each element starts, so that scene lengths can be counted in eighths of a
 * page. Full-width (Chinese) characters take two columns. Elements that already
 * carry a page position (PDF) keep it.
 */
public final class PageModel {
	/** Lines on a page. */
	public static final int LINES_PER_PAGE = 55;

	private PageModel() {
	}

	/**
	 * Page positions of the elements and, as the last value, of the end of the
	 * script: {@code result.length == elements.size() + 1}.
	 */
	public static double[] positions(List<ScriptElement> elements) {
		double[] result = new double[elements.size() + 1];
		int page = 0;
		int line = 0;
		ElementType previous = null;
		double lastKnown = 0;
		for (int i = 0; i < elements.size(); i++) {
			ScriptElement e = elements.get(i);
			if (!Double.isNaN(e.page())) {
				result[i] = e.page();
				lastKnown = e.page();
				previous = e.type();
				continue;
			}
			if (e.type() == ElementType.PAGE_BREAK) {
				if (line > 0) {
					page++;
					line = 0;
				}
				result[i] = page;
				previous = e.type();
				continue;
			}
			int height = lines(e);
			if (height == 0) {
				result[i] = page + (double) line / LINES_PER_PAGE;
				continue;
			}
			int gap = line == 0 ? 0 : spaceBefore(previous, e.type());
			if (line + gap + Math.min(height, 2) > LINES_PER_PAGE) {
				page++;
				line = 0;
				gap = 0;
			}
			line += gap;
			result[i] = page + (double) line / LINES_PER_PAGE;
			line += height;
			while (line > LINES_PER_PAGE) {
				page++;
				line -= LINES_PER_PAGE;
			}
			previous = e.type();
		}
		double end = page + (double) line / LINES_PER_PAGE;
		result[elements.size()] = Math.max(end, elements.isEmpty() ? 0 : Math.max(lastKnown, result[elements.size() - 1]));
		return result;
	}

	/** Eighths of a page between two positions, at least one. */
	public static int eighths(double from, double to) {
		return Math.max(1, (int) Math.round((to - from) * 8));
	}

	/** Printed lines an element takes (0 for notes, sections and synopses). */
	static int lines(ScriptElement e) {
		return switch (e.type()) {
		case NOTE, SECTION, SYNOPSIS, PAGE_BREAK -> 0;
		case CHARACTER, TRANSITION, HEADING, SHOT -> wrap(e.text(), 60);
		case DIALOGUE, LYRIC -> wrap(e.text(), 35);
		case PARENTHETICAL -> wrap(e.text(), 25);
		default -> wrap(e.text(), 60);
		};
	}

	private static int spaceBefore(ElementType previous, ElementType type) {
		boolean inSpeech = previous == ElementType.CHARACTER || previous == ElementType.PARENTHETICAL
				|| previous == ElementType.DIALOGUE;
		if (inSpeech && (type == ElementType.DIALOGUE || type == ElementType.PARENTHETICAL)) {
			return 0;
		}
		return type == ElementType.HEADING ? 2 : 1;
	}

	/** Lines a text takes when wrapped at {@code width} columns (word wrap, two columns per full-width character). */
	static int wrap(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int lines = 0;
		for (String para : text.split("\n", -1)) { //$NON-NLS-1$
			lines += wrapLine(para, width);
		}
		return lines;
	}

	private static int wrapLine(String s, int width) {
		int lines = 1;
		int col = 0;
		int wordCols = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int w = wide(c) ? 2 : 1;
			if (c == ' ') {
				col += wordCols + 1;
				wordCols = 0;
				continue;
			}
			if (wide(c)) {
				// Chinese wraps between any two characters
				col += wordCols;
				wordCols = 0;
				if (col + w > width) {
					lines++;
					col = 0;
				}
				col += w;
				continue;
			}
			wordCols += w;
			if (col + wordCols > width) {
				if (col == 0) {
					lines++;
					wordCols = w;
				} else {
					lines++;
					col = 0;
				}
			}
		}
		return lines;
	}

	private static boolean wide(char c) {
		return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
				|| (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
				|| (c >= 0xffe0 && c <= 0xffe6));
	}
}
