// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed line of a screenplay page: runs of text, each at its distance
 * from the left edge of the paper in inches (Courier 12: 0.1" a character).
 * A row without runs is a blank line.
 */
record PageRow(List<Run> runs) {
	/** Text starting {@code x} inches from the left edge. */
	record Run(double x, String text) {
	}

	/** A row of one run. */
	static PageRow of(double x, String text) {
		return new PageRow(List.of(new Run(x, text)));
	}

	/** This row with the runs of another added (dual dialogue, scene numbers). */
	PageRow with(PageRow other) {
		List<Run> all = new ArrayList<>(runs);
		all.addAll(other.runs);
		return new PageRow(all);
	}

	/** The text's lines word-wrapped at {@code width} characters, each a row at {@code x}. */
	static List<PageRow> wrap(String text, double x, int width) {
		List<PageRow> rows = new ArrayList<>();
		for (String line : wrap(text, width)) {
			rows.add(line.isEmpty() ? new PageRow(List.of()) : of(x, line));
		}
		return rows;
	}

	/** The text word-wrapped at {@code width} characters; '\n' breaks a line, a word longer than the width is cut. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : (text == null ? "" : text).split("\n", -1)) { //$NON-NLS-1$ //$NON-NLS-2$
			String p = paragraph.strip();
			if (p.isEmpty()) {
				lines.add(p);
				continue;
			}
			StringBuilder line = new StringBuilder(width);
			for (String word : p.split("\\s+")) { //$NON-NLS-1$
				while (word.length() > width) {
					if (!line.isEmpty()) {
						lines.add(line.toString());
						line.setLength(0);
					}
					lines.add(word.substring(0, width));
					word = word.substring(width);
				}
				if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				if (!line.isEmpty()) {
					line.append(' ');
				}
				line.append(word);
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
		}
		return lines;
	}
}
