// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.backlot.model.script.Scene;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Paints one stripboard row: a strip in its INT/EXT day/night colour with
 * number, I/E, set, D/N, pages and cast numbers, pin and umbrella marks and
 * a red left edge when it breaks a constraint; a black day banner; a grey
 * unscheduled banner.
 */
final class StripRenderer {
	/** Row height in pixels. */
	static final int ROW = 22;
	private static final int EDGE = 5;
	private static final int[] WIDTHS = { 56, 44, 0, 96, 56 };
	private final StripColours colours;

	StripRenderer(StripColours colours) {
		this.colours = colours;
	}

	/** Paints a row into the band {@code area} (full width, ROW high). */
	void paint(GC gc, BoardRows rows, Row row, Rectangle area, boolean selected, boolean focused) {
		Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
		if (row.kind() == Kind.DAY || row.kind() == Kind.UNSCHEDULED) {
			Color bg = row.kind() == Kind.DAY ? display.getSystemColor(SWT.COLOR_BLACK) : display.getSystemColor(SWT.COLOR_GRAY);
			gc.setBackground(selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION) : bg);
			gc.fillRectangle(area);
			gc.setForeground(row.kind() == Kind.DAY || selected ? display.getSystemColor(SWT.COLOR_WHITE)
					: display.getSystemColor(SWT.COLOR_BLACK));
			text(gc, row.text(), area.x + EDGE + 4, area, false);
			return;
		}
		Scene s = row.scene();
		gc.setBackground(colours.of(s));
		gc.fillRectangle(area);
		if (selected) {
			gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setAlpha(110);
			gc.fillRectangle(area);
			gc.setAlpha(255);
		}
		if (row.problem() != null) {
			gc.setBackground(display.getSystemColor(SWT.COLOR_RED));
			gc.fillRectangle(area.x, area.y, EDGE, area.height);
		}
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		int[] x = columns(area.width);
		text(gc, s.getNumber(), x[0], area, true);
		text(gc, Texts.intExt(s), x[1], area, false);
		clip(gc, area, x[2], x[3] - 4, () -> text(gc, s.getSetName(), x[2], area, false));
		text(gc, Texts.dayNight(s), x[3], area, false);
		text(gc, Texts.pages(s.getEighths()), x[4], area, false);
		int marks = 36;
		clip(gc, area, x[5], area.x + area.width - marks, () -> text(gc, rows.needs().castNumbers(s), x[5], area, false));
		int mx = area.x + area.width - marks + 4;
		if (row.strip().isPinned()) {
			pin(gc, mx, area.y + 3);
		}
		if (row.strip().isWeatherCover()) {
			umbrella(gc, mx + 16, area.y + 3);
		}
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(area.x, area.y + area.height - 1, area.x + area.width, area.y + area.height - 1);
		if (focused) {
			gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
			gc.drawFocus(area.x + EDGE, area.y, area.width - EDGE, area.height - 1);
		}
	}

	/** Left x of each column: number, I/E, set, D/N, pages, cast. */
	static int[] columns(int width) {
		int fixed = EDGE + 4 + WIDTHS[0] + WIDTHS[1] + WIDTHS[3] + WIDTHS[4];
		int rest = Math.max(160, width - fixed - 36);
		int set = Math.max(100, rest * 3 / 5);
		int[] x = new int[6];
		x[0] = EDGE + 4;
		x[1] = x[0] + WIDTHS[0];
		x[2] = x[1] + WIDTHS[1];
		x[3] = x[2] + set;
		x[4] = x[3] + WIDTHS[3];
		x[5] = x[4] + WIDTHS[4];
		return x;
	}

	private static void text(GC gc, String text, int x, Rectangle area, boolean bold) {
		if (text == null) {
			return;
		}
		int h = gc.getFontMetrics().getHeight();
		gc.drawString(text, x, area.y + (area.height - h) / 2, true);
		if (bold) {
			gc.drawString(text, x + 1, area.y + (area.height - h) / 2, true);
		}
	}

	private static void clip(GC gc, Rectangle area, int from, int to, Runnable paint) {
		Rectangle old = gc.getClipping();
		gc.setClipping(new Rectangle(from, area.y, Math.max(0, to - from), area.height).intersection(old));
		paint.run();
		gc.setClipping(old);
	}

	private static void pin(GC gc, int x, int y) {
		Color old = gc.getBackground();
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_RED));
		gc.fillOval(x + 3, y, 9, 9);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawLine(x + 7, y + 9, x + 7, y + 15);
		gc.setBackground(old);
	}

	private static void umbrella(GC gc, int x, int y) {
		Color old = gc.getBackground();
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.fillArc(x, y, 14, 12, 0, 180);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawLine(x + 7, y + 6, x + 7, y + 15);
		gc.drawArc(x + 7, y + 12, 4, 4, 180, 180);
		gc.setBackground(old);
	}
}
