// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds laid-out lines for tests as a PDF shows them: Courier 12 (0.1" a
 * character, 12 points a line), body from 1" below the top of the page.
 */
final class Lines {
	static final PageGeometry PDF = new PageGeometry(12, 72, 648, 1.5, true);
	private final List<LayoutLine> lines = new ArrayList<>();
	private final double shift;
	private int page;
	private double y = 72;

	/** Lines placed at standard positions moved right by {@code shift} inches. */
	Lines(double shift) {
		this.shift = shift;
	}

	Lines() {
		this(0);
	}

	/** A line of runs: x in inches, text, x, text... */
	Lines at(Object... xAndText) {
		List<LayoutLine.Segment> segments = new ArrayList<>();
		for (int i = 0; i + 1 < xAndText.length; i += 2) {
			double x = ((Number) xAndText[i]).doubleValue() + shift;
			String text = (String) xAndText[i + 1];
			segments.add(new LayoutLine.Segment(text, x, x + text.length() * 0.1));
		}
		lines.add(new LayoutLine(page, y, 12, segments));
		y += 12;
		return this;
	}

	Lines action(String text) {
		return at(1.5, text);
	}

	Lines cue(String text) {
		return at(3.7, text);
	}

	Lines paren(String text) {
		return at(3.1, text);
	}

	Lines dialogue(String text) {
		return at(2.5, text);
	}

	/** Text ending at the right margin (7.5"). */
	Lines right(String text) {
		return at(7.5 - text.length() * 0.1, text);
	}

	/** Text centred between the margins (1.5" and 7.5"). */
	Lines centre(String text) {
		return at(4.5 - text.length() * 0.05, text);
	}

	Lines blank() {
		y += 12;
		return this;
	}

	/** A page number at the top right, half an inch from the top, on the current page. */
	Lines pageNumber(String text) {
		double x = 7.5 - text.length() * 0.1 + shift;
		lines.add(new LayoutLine(page, 36, 12, List.of(new LayoutLine.Segment(text, x, 7.5 + shift))));
		return this;
	}

	Lines newPage() {
		page++;
		y = 72;
		return this;
	}

	List<LayoutLine> lines() {
		return lines;
	}

	LayoutClassifier.Layout classify() {
		return LayoutClassifier.classify(lines, new PageGeometry(12, 72, 648, 1.5 + shift, true));
	}

	/** The elements in the {@link Expect} notation. */
	List<String> elements() {
		return Expect.of(classify().elements());
	}
}
