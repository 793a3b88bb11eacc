// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backlot.studio.ui.internal.calendar.Timeline.Bar;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the booking calendar's parts lie, in content pixels: rows as tall as
 * their lanes, days as wide as the zoom makes them, the header above and the
 * names to the left; and what lies under a point.
 */
final class Geometry {
	/** Narrowest and widest day, pixels. */
	static final int MIN_DAY = 6;
	static final int MAX_DAY = 96;
	final int laneHeight;
	final int headerHeight;
	int nameWidth = 160;
	int dayWidth = 28;
	private Timeline timeline = Timeline.EMPTY;
	private List<List<Bar>> perRow = List.of();
	private int[] rowTop = { 0 };

	Geometry(int fontHeight) {
		laneHeight = fontHeight + 6;
		headerHeight = 2 * fontHeight + 10;
	}

	/** Lays a timeline out. */
	void timeline(Timeline t) {
		timeline = t;
		perRow = new ArrayList<>();
		for (int i = 0; i < t.rows().size(); i++) {
			perRow.add(new ArrayList<>());
		}
		t.bars().forEach(b -> perRow.get(b.row()).add(b));
		rowTop = new int[t.rows().size() + 1];
		for (int i = 0; i < t.rows().size(); i++) {
			rowTop[i + 1] = rowTop[i] + t.lanes(i) * laneHeight + 4;
		}
	}

	Timeline timeline() {
		return timeline;
	}

	/** The bars of a row. */
	List<Bar> bars(int row) {
		return perRow.get(row);
	}

	/** The top of a row in content pixels (row = rows: the bottom of the last). */
	int rowTop(int row) {
		return rowTop[row];
	}

	int contentHeight() {
		return rowTop[rowTop.length - 1];
	}

	int contentWidth() {
		return timeline.days() * dayWidth;
	}

	/** The row at a view y (scrolled by oy), or -1 in the header or below the last row. */
	int rowAt(int y, int oy) {
		if (y < headerHeight || timeline.rows().isEmpty()) {
			return -1;
		}
		int py = y - headerHeight + oy;
		int i = Arrays.binarySearch(rowTop, py);
		int row = i >= 0 ? i : -i - 2;
		return row >= 0 && row < timeline.rows().size() ? row : -1;
	}

	/** The bar at a view point, or null. */
	Bar barAt(int x, int y, int ox, int oy) {
		int row = rowAt(y, oy);
		if (row < 0 || x < nameWidth) {
			return null;
		}
		int px = x - nameWidth + ox;
		int lane = (y - headerHeight + oy - rowTop[row] - 2) / laneHeight;
		for (Bar b : perRow.get(row)) {
			if (b.lane() == lane && px >= b.first() * dayWidth && px < (b.last() + 1) * dayWidth) {
				return b;
			}
		}
		return null;
	}

	/** A bar's rectangle in the view. */
	Rectangle rect(Bar b, int ox, int oy) {
		int x = nameWidth + b.first() * dayWidth - ox;
		int y = headerHeight + rowTop[b.row()] + 2 + b.lane() * laneHeight - oy;
		return new Rectangle(x + 1, y + 1, (b.last() - b.first() + 1) * dayWidth - 2, laneHeight - 2);
	}
}
