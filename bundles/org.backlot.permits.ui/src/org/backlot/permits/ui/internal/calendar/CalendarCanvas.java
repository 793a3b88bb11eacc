// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import java.util.function.Consumer;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.permits.ui.internal.calendar.Grid.Cell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The calendar drawn: authorities across the top, shoot days down the side
 * (both stay in view while scrolling), a coloured cell with a mark for each
 * day and authority, a red corner where a day depends on a permit not approved
 * in time, the selected cell framed and the selected application's cells
 * outlined. Only the visible cells are painted, so long schedules stay smooth.
 */
final class CalendarCanvas {
	private final Canvas canvas;
	private Grid grid = Grid.EMPTY;
	private int row = -1;
	private int column = -1;
	private PermitApplication highlighted;
	private int rowHeight;
	private int headerHeight;
	private int dayWidth;
	private int cellWidth;
	private int lastTipRow = -2;
	private int lastTipColumn = -2;

	CalendarCanvas(Composite parent, Consumer<Cell> selected, Consumer<Cell> opened) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL | SWT.NO_BACKGROUND);
		GC gc = new GC(canvas);
		int h = gc.getFontMetrics().getHeight();
		dayWidth = Math.max(140, gc.textExtent(org.eclipse.osgi.util.NLS.bind(org.backlot.permits.ui.internal.Messages.dayShort, 999) + "  " //$NON-NLS-1$
				+ Texts.weekdayDate(java.time.LocalDate.of(2027, 12, 29))).x + 16);
		gc.dispose();
		rowHeight = h + 10;
		headerHeight = 2 * h + 12;
		cellWidth = Math.max(84, 6 * h);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> scrollBars());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && hit(e.x, e.y, selected)) {
				canvas.setFocus();
			}
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			Cell c = cellAt(e.x, e.y);
			if (c != null) {
				opened.accept(c);
			}
		});
		canvas.addListener(SWT.MouseMove, this::tooltip);
		canvas.addListener(SWT.KeyDown, e -> key(e, selected, opened));
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			// the scroll bar moves with the wheel; repaint follows its Selection event
		});
	}

	Canvas control() {
		return canvas;
	}

	/** Shows a grid, keeping the selected cell where it still is. */
	void show(Grid g) {
		grid = g;
		if (row >= g.days().size() || column >= g.authorities().size()) {
			row = -1;
			column = -1;
		}
		lastTipRow = -2;
		scrollBars();
		canvas.redraw();
	}

	/** Outlines the cells of an application (null: none). */
	void highlight(PermitApplication a) {
		if (a != highlighted) {
			highlighted = a;
			canvas.redraw();
		}
	}

	/** Selects a cell and scrolls it into view. */
	void select(int r, int c) {
		row = r;
		column = c;
		reveal();
		canvas.redraw();
	}

	/** The selected cell, or null. */
	Cell selection() {
		return grid.cell(row, column);
	}

	private void scrollBars() {
		Rectangle area = canvas.getClientArea();
		ScrollBar v = canvas.getVerticalBar();
		ScrollBar h = canvas.getHorizontalBar();
		int contentH = grid.days().size() * rowHeight;
		int contentW = grid.authorities().size() * cellWidth;
		int viewH = Math.max(1, area.height - headerHeight);
		int viewW = Math.max(1, area.width - dayWidth);
		v.setValues(Math.min(v.getSelection(), Math.max(0, contentH - viewH)), 0, Math.max(contentH, viewH), viewH, rowHeight, viewH);
		h.setValues(Math.min(h.getSelection(), Math.max(0, contentW - viewW)), 0, Math.max(contentW, viewW), viewW, cellWidth / 2, viewW);
		v.setVisible(contentH > viewH);
		h.setVisible(contentW > viewW);
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(Painter.WHITE);
		gc.fillRectangle(area);
		int oy = canvas.getVerticalBar().getSelection();
		int ox = canvas.getHorizontalBar().getSelection();
		int firstRow = Math.max(0, oy / rowHeight);
		int lastRow = Math.min(grid.days().size() - 1, (oy + area.height - headerHeight) / rowHeight);
		int firstCol = Math.max(0, ox / cellWidth);
		int lastCol = Math.min(grid.authorities().size() - 1, (ox + area.width - dayWidth) / cellWidth);
		gc.setClipping(dayWidth, headerHeight, Math.max(0, area.width - dayWidth), Math.max(0, area.height - headerHeight));
		for (int r = firstRow; r <= lastRow; r++) {
			for (int c = firstCol; c <= lastCol; c++) {
				Painter.cell(gc, grid.cell(r, c), new Rectangle(dayWidth + c * cellWidth - ox, headerHeight + r * rowHeight - oy, cellWidth, rowHeight),
						r == row && c == column, highlighted);
			}
		}
		gc.setClipping(0, headerHeight, dayWidth, Math.max(0, area.height - headerHeight));
		for (int r = firstRow; r <= lastRow; r++) {
			Painter.day(gc, grid.days().get(r), new Rectangle(0, headerHeight + r * rowHeight - oy, dayWidth, rowHeight), r == row);
		}
		gc.setClipping(dayWidth, 0, Math.max(0, area.width - dayWidth), headerHeight);
		for (int c = firstCol; c <= lastCol; c++) {
			Painter.header(gc, Texts.authority(grid.authorities().get(c)), new Rectangle(dayWidth + c * cellWidth - ox, 0, cellWidth, headerHeight),
					c == column);
		}
		gc.setClipping((Rectangle) null);
		Painter.corner(gc, new Rectangle(0, 0, dayWidth, headerHeight), area);
	}

	private Cell cellAt(int x, int y) {
		if (x < dayWidth || y < headerHeight) {
			return null;
		}
		int r = (y - headerHeight + canvas.getVerticalBar().getSelection()) / rowHeight;
		int c = (x - dayWidth + canvas.getHorizontalBar().getSelection()) / cellWidth;
		return grid.cell(r, c);
	}

	private boolean hit(int x, int y, Consumer<Cell> selected) {
		Cell c = cellAt(x, y);
		if (c == null) {
			return false;
		}
		row = grid.days().indexOf(c.day());
		column = grid.authorities().indexOf(c.authority());
		canvas.redraw();
		selected.accept(c);
		return true;
	}

	private void key(Event e, Consumer<Cell> selected, Consumer<Cell> opened) {
		int r = Math.max(0, row);
		int c = Math.max(0, column);
		switch (e.keyCode) {
		case SWT.ARROW_UP -> r--;
		case SWT.ARROW_DOWN -> r++;
		case SWT.ARROW_LEFT -> c--;
		case SWT.ARROW_RIGHT -> c++;
		case SWT.PAGE_UP -> r -= 10;
		case SWT.PAGE_DOWN -> r += 10;
		case SWT.HOME -> r = 0;
		case SWT.END -> r = grid.days().size() - 1;
		default -> {
			if ((e.character == SWT.CR || e.character == ' ') && selection() != null) {
				opened.accept(selection());
			}
			return;
		}
		}
		r = Math.max(0, Math.min(grid.days().size() - 1, r));
		c = Math.max(0, Math.min(grid.authorities().size() - 1, c));
		if (grid.cell(r, c) != null) {
			select(r, c);
			selected.accept(selection());
		}
	}

	private void reveal() {
		if (row < 0 || column < 0) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		ScrollBar v = canvas.getVerticalBar();
		ScrollBar h = canvas.getHorizontalBar();
		int top = row * rowHeight;
		int viewH = area.height - headerHeight;
		if (top < v.getSelection()) {
			v.setSelection(top);
		} else if (top + rowHeight > v.getSelection() + viewH) {
			v.setSelection(top + rowHeight - viewH);
		}
		int left = column * cellWidth;
		int viewW = area.width - dayWidth;
		if (left < h.getSelection()) {
			h.setSelection(left);
		} else if (left + cellWidth > h.getSelection() + viewW) {
			h.setSelection(left + cellWidth - viewW);
		}
	}

	private void tooltip(Event e) {
		Cell c = cellAt(e.x, e.y);
		int r = c == null ? -1 : grid.days().indexOf(c.day());
		int col = c == null ? -1 : grid.authorities().indexOf(c.authority());
		if (r == lastTipRow && col == lastTipColumn) {
			return;
		}
		lastTipRow = r;
		lastTipColumn = col;
		canvas.setToolTipText(c == null ? null : Tips.of(c));
	}

	/** The selected cell's requirement for the selection: the first with an application, else the first (null when none). */
	static Requirement subject(Cell c) {
		if (c == null || c.requirements().isEmpty()) {
			return null;
		}
		return c.requirements().stream().filter(r -> r.application() != null).findFirst().orElse(c.requirements().get(0));
	}
}
