// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.ui.internal.Colours;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.permits.ui.internal.calendar.Grid.Cell;
import org.backlot.permits.ui.internal.calendar.Grid.Day;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/** How the calendar's cells, day labels and authority headers are drawn: fill, mark, conflict corner, frames. */
final class Painter {
	static final Color WHITE = new Color(0xff, 0xff, 0xff);
	private static final Color LINE = new Color(0xd0, 0xd4, 0xda);
	private static final Color HEADER = new Color(0xf0, 0xf2, 0xf5);
	private static final Color SELECTED_HEADER = new Color(0xdd, 0xe3, 0xf0);
	private static final Color TEXT = new Color(0x21, 0x21, 0x21);
	private static final Color CONFLICT = new Color(0xb7, 0x1c, 0x1c);
	private static final Color FRAME = new Color(0x1a, 0x23, 0x7e);
	private static final Color WEEKEND = new Color(0x6d, 0x4c, 0x41);
	private static final Color NOT_NEEDED = new Color(Colours.coverage(null));
	private static final Map<Coverage, Color> FILLS = new EnumMap<>(Coverage.class);

	private Painter() {
	}

	/** The fill of a coverage (null: not needed). */
	static Color fill(Coverage c) {
		return c == null ? NOT_NEEDED : FILLS.computeIfAbsent(c, x -> new Color(Colours.coverage(x)));
	}

	/** The mark drawn in a cell, so that coverage reads without colour too. */
	static String mark(Coverage c) {
		if (c == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (c) {
		case APPROVED -> "\u2713"; //$NON-NLS-1$
		case PARTLY_APPROVED -> "\u00bd"; //$NON-NLS-1$
		case PENDING -> "\u2026"; //$NON-NLS-1$
		case NOT_SUBMITTED -> "\u25cb"; //$NON-NLS-1$
		case AT_RISK -> "!"; //$NON-NLS-1$
		case MISSING -> "\u2717"; //$NON-NLS-1$
		case REFUSED -> "\u2298"; //$NON-NLS-1$
		};
	}

	/** A cell: its coverage's fill and mark, a red corner for a conflict, a dotted frame when it is the highlighted application's, a frame when selected. */
	static void cell(GC gc, Cell cell, Rectangle b, boolean selected, PermitApplication highlighted) {
		Coverage cov = cell.coverage();
		gc.setBackground(fill(cov));
		gc.fillRectangle(b);
		gc.setForeground(LINE);
		gc.drawRectangle(b.x, b.y, b.width - 1, b.height - 1);
		String mark = mark(cov);
		if (!mark.isEmpty()) {
			gc.setForeground(Colours.darkFill(cov) ? WHITE : TEXT);
			Point p = gc.textExtent(mark);
			gc.drawText(mark, b.x + (b.width - p.x) / 2, b.y + (b.height - p.y) / 2, true);
		}
		if (!cell.conflicts().isEmpty()) {
			gc.setBackground(CONFLICT);
			int r = b.x + b.width - 1;
			gc.fillPolygon(new int[] { r - 10, b.y + 1, r, b.y + 1, r, b.y + 11 });
		}
		if (highlighted != null && cell.requirements().stream().anyMatch(x -> x.application() == highlighted)) {
			gc.setForeground(FRAME);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRectangle(b.x + 2, b.y + 2, b.width - 5, b.height - 5);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (selected) {
			gc.setForeground(FRAME);
			gc.setLineWidth(2);
			gc.drawRectangle(b.x + 1, b.y + 1, b.width - 3, b.height - 3);
			gc.setLineWidth(1);
		}
	}

	/** A day's label on the left: "Day 3  Wed Mar 3" (weekends in brown). */
	static void day(GC gc, Day d, Rectangle b, boolean selected) {
		gc.setBackground(selected ? SELECTED_HEADER : HEADER);
		gc.fillRectangle(b);
		gc.setForeground(LINE);
		gc.drawLine(b.x, b.y + b.height - 1, b.x + b.width, b.y + b.height - 1);
		DayOfWeek w = d.date().getDayOfWeek();
		gc.setForeground(w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? WEEKEND : TEXT);
		String text = NLS.bind(org.backlot.permits.ui.internal.Messages.dayShort, d.number()) + "  " + Texts.weekdayDate(d.date()); //$NON-NLS-1$
		gc.drawText(text, b.x + 6, b.y + (b.height - gc.getFontMetrics().getHeight()) / 2, true);
	}

	/** An authority's name at the top of its column, in up to two lines. */
	static void header(GC gc, String name, Rectangle b, boolean selected) {
		gc.setBackground(selected ? SELECTED_HEADER : HEADER);
		gc.fillRectangle(b);
		gc.setForeground(LINE);
		gc.drawLine(b.x + b.width - 1, b.y, b.x + b.width - 1, b.y + b.height);
		gc.setForeground(TEXT);
		int h = gc.getFontMetrics().getHeight();
		String[] lines = wrap(gc, name, b.width - 8);
		for (int i = 0; i < lines.length; i++) {
			gc.drawText(lines[i], b.x + 4, b.y + 5 + i * h, true);
		}
	}

	/** The top-left corner ("Shoot Day") and the lines that fence the headers off. */
	static void corner(GC gc, Rectangle b, Rectangle area) {
		gc.setBackground(HEADER);
		gc.fillRectangle(b);
		gc.setForeground(TEXT);
		gc.drawText(Messages.dayHeader, b.x + 6, b.y + b.height - gc.getFontMetrics().getHeight() - 6, true);
		gc.setForeground(LINE);
		gc.drawLine(0, b.height - 1, area.width, b.height - 1);
		gc.drawLine(b.width - 1, 0, b.width - 1, area.height);
	}

	/** The name in at most two lines of the width, the second shortened with an ellipsis. */
	private static String[] wrap(GC gc, String s, int width) {
		if (gc.textExtent(s).x <= width) {
			return new String[] { s };
		}
		int cut = s.length();
		while (cut > 1 && gc.textExtent(s.substring(0, cut)).x > width) {
			cut--;
		}
		int space = s.lastIndexOf(' ', cut);
		int split = space > 0 ? space : cut;
		String first = s.substring(0, split).strip();
		String rest = s.substring(split).strip();
		while (rest.length() > 1 && gc.textExtent(rest).x > width) {
			rest = rest.substring(0, rest.length() - 2) + "\u2026"; //$NON-NLS-1$
		}
		return new String[] { first, rest };
	}
}
