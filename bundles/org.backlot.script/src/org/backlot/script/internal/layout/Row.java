// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.List;
import java.util.regex.Matcher;

/** A line ready to classify: scene numbers taken out of the margins, blank lines above it known. */
final class Row {
	final LayoutLine line;
	final List<LayoutLine.Segment> segments;
	final String text;
	final double left;
	final double right;
	final String number;
	boolean blankBefore;
	boolean pageTop;

	private Row(LayoutLine line, List<LayoutLine.Segment> segments, String text, String number) {
		this.line = line;
		this.segments = segments;
		this.text = text;
		this.left = segments.get(0).left();
		this.right = segments.get(segments.size() - 1).right();
		this.number = number;
	}

	/**
	 * Makes a row, taking out the revision marks ('*') in the right margin and
	 * the scene numbers printed at either margin of a heading line.
	 */
	static Row of(LayoutLine line, double margin) {
		List<LayoutLine.Segment> segs = line.segments();
		while (segs.size() >= 2 && LineText.REVISION_MARK.matcher(segs.get(segs.size() - 1).text()).matches()
				&& segs.get(segs.size() - 1).left() > margin + LayoutClassifier.TEXT_WIDTH - 0.5) {
			segs = segs.subList(0, segs.size() - 1);
		}
		String number = null;
		if (segs.size() >= 2 && LineText.SCENE_NUMBER.matcher(segs.get(0).text()).matches()
				&& (segs.get(0).left() < margin - 0.1 || LineText.HEADING_PREFIX.matcher(segs.get(1).text()).find())) {
			number = bare(segs.get(0).text());
			segs = segs.subList(1, segs.size());
		}
		if (segs.size() >= 2) {
			LayoutLine.Segment last = segs.get(segs.size() - 1);
			if (LineText.SCENE_NUMBER.matcher(last.text()).matches() && segs.get(0).left() - margin < LayoutClassifier.ACTION_BAND
					&& last.left() > margin + LayoutClassifier.TEXT_WIDTH - 1.5
					&& (number == null || number.equals(bare(last.text())))) {
				number = bare(last.text());
				segs = segs.subList(0, segs.size() - 1);
			}
		}
		String text = join(segs);
		if (number == null && segs.size() == 1) {
			Matcher m = LineText.NUMBERED_HEADING.matcher(text);
			if (m.matches() && LineText.HEADING_PREFIX.matcher(m.group(2)).find()) {
				number = m.group(1);
				text = m.group(2);
			}
		}
		return new Row(line, segs, text, number);
	}

	private static String bare(String number) {
		return number.endsWith(".") ? number.substring(0, number.length() - 1) : number; //$NON-NLS-1$
	}

	private static String join(List<LayoutLine.Segment> segs) {
		if (segs.size() == 1) {
			return segs.get(0).text();
		}
		StringBuilder b = new StringBuilder();
		for (LayoutLine.Segment s : segs) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(s.text());
		}
		return b.toString();
	}

	int page() {
		return line.page();
	}

	double y() {
		return line.y();
	}

	double size() {
		return line.size();
	}
}
