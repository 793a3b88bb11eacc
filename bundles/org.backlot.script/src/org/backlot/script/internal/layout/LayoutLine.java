// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.List;

/**
 * One printed line of a laid-out screenplay: its page, its vertical position,
 * the size of its type and its runs of text (a run ends where a wide gap
 * starts, e.g. between a scene number and the heading, or between the two
 * columns of dual dialogue).
 *
 * @param page     page index, from 0
 * @param y        top of the line, in the unit of {@link PageGeometry} (points for PDF, lines for text)
 * @param size     height of the type in the same unit (font size for PDF, 1 for text)
 * @param segments the runs, left to right, never empty, each trimmed and non-blank
 */
public record LayoutLine(int page, double y, double size, List<Segment> segments) {

	/**
	 * A run of text on a line.
	 *
	 * @param text  the text, trimmed
	 * @param left  its left end in inches (from the page's left edge or the leftmost text column)
	 * @param right its right end in inches
	 */
	public record Segment(String text, double left, double right) {
	}

	/** Left end of the first run. */
	public double left() {
		return segments.get(0).left();
	}

	/** Right end of the last run. */
	public double right() {
		return segments.get(segments.size() - 1).right();
	}

	/** The runs' texts joined with single spaces. */
	public String text() {
		if (segments.size() == 1) {
			return segments.get(0).text();
		}
		StringBuilder b = new StringBuilder();
		for (Segment s : segments) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(s.text());
		}
		return b.toString();
	}
}
