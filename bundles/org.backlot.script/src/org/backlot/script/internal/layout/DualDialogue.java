// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.backlot.script.api.ElementType;

/**
 * Two speeches printed side by side: a line holding two upper-case cues, one
 * in each half of the page, and the lines under it up to the next blank line.
 * The left speech comes first; the right one is marked dual.
 */
final class DualDialogue {
	/** A run of one column and the row it sits on. */
	private record Piece(String text, Row row) {
	}

	private DualDialogue() {
	}

	/** True when row i opens a dual-dialogue block. */
	static boolean starts(List<Row> rows, int i, double margin) {
		Row r = rows.get(i);
		if (r.segments.size() < 2 || r.number != null || i + 1 >= rows.size() || rows.get(i + 1).blankBefore) {
			return false;
		}
		LayoutLine.Segment first = r.segments.get(0);
		LayoutLine.Segment second = r.segments.get(1);
		return LineText.upper(first.text()) && LineText.upper(second.text()) && second.left() >= margin + 2.8
				&& first.left() - margin >= 0.3;
	}

	/** Emits the block that starts at row i; returns the index of its last row. */
	static int emit(List<Row> rows, int i, ToDoubleFunction<Row> position, ElementSink sink) {
		Row head = rows.get(i);
		double split = (head.segments.get(0).left() + head.segments.get(1).left()) / 2;
		List<Piece> left = new ArrayList<>();
		List<Piece> right = new ArrayList<>();
		int j = i;
		while (j < rows.size() && (j == i || (!rows.get(j).blankBefore))) {
			Row r = rows.get(j);
			for (LayoutLine.Segment s : r.segments) {
				(s.left() < split ? left : right).add(new Piece(s.text(), r));
			}
			j++;
		}
		column(left, false, position, sink);
		column(right, true, position, sink);
		return j - 1;
	}

	private static void column(List<Piece> pieces, boolean dual, ToDoubleFunction<Row> position, ElementSink sink) {
		int depth = 0;
		ElementType previous = null;
		for (int k = 0; k < pieces.size(); k++) {
			Piece p = pieces.get(k);
			ElementType type = k == 0 ? ElementType.CHARACTER
					: depth > 0 || p.text().startsWith("(") ? ElementType.PARENTHETICAL : ElementType.DIALOGUE; //$NON-NLS-1$
			boolean join = type == previous && type != ElementType.CHARACTER
					&& (type != ElementType.PARENTHETICAL || depth > 0);
			if (join) {
				sink.append('\n', p.text());
			} else {
				sink.start(type, p.text(), null, dual, position.applyAsDouble(p.row()));
				depth = 0;
			}
			if (type == ElementType.PARENTHETICAL) {
				depth = Math.max(0, depth + LineText.balance(p.text()));
			}
			previous = type;
		}
	}
}
