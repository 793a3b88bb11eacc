// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.ui.internal.Texts;
import org.backlot.studio.ui.internal.calendar.Timeline.Bar;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The booking calendar drawn: resources down the side and days across the top
 * (both stay in view while scrolling), each booking a bar in its production's
 * colour, shaded by purpose, hatched while tentative and outlined in red when
 * in conflict. Only what is in view is painted, so hundreds of rows over
 * months stay smooth. Ctrl+wheel (or + and -) zooms; a click selects a booking
 * or a resource, a double-click opens it.
 */
final class BookingCanvas {
	private final Canvas canvas;
	private final Painter painter;
	private final Geometry g;
	private Booking selected;
	private StudioResource selectedRow;
	private Bar lastTip;

	BookingCanvas(Composite parent, Consumer<Booking> bookingChosen, Consumer<StudioResource> rowChosen, Consumer<Booking> opened) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL | SWT.NO_BACKGROUND);
		painter = new Painter(canvas);
		GC gc = new GC(canvas);
		g = new Geometry(gc.getFontMetrics().getHeight());
		gc.dispose();
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> scrollBars());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button != 1) {
				return;
			}
			canvas.setFocus();
			Bar b = g.barAt(e.x, e.y, ox(), oy());
			int row = g.rowAt(e.y, oy());
			if (b != null) {
				select(b.booking());
				bookingChosen.accept(b.booking());
			} else if (row >= 0) {
				selected = null;
				selectedRow = g.timeline().rows().get(row);
				canvas.redraw();
				rowChosen.accept(selectedRow);
			}
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			Bar b = g.barAt(e.x, e.y, ox(), oy());
			if (b != null) {
				opened.accept(b.booking());
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0) {
				zoom(e.count > 0 ? 1.25 : 0.8, e.x);
				e.doit = false;
			}
		});
		canvas.addListener(SWT.MouseMove, this::tooltip);
		canvas.addListener(SWT.KeyDown, e -> {
			ScrollBar hb = canvas.getHorizontalBar();
			if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT) {
				hb.setSelection(hb.getSelection() + (e.keyCode == SWT.ARROW_LEFT ? -g.dayWidth : g.dayWidth));
				canvas.redraw();
			} else if (e.keyCode == SWT.CR && selected != null) {
				opened.accept(selected);
			} else if (e.character == '+' || e.character == '=') {
				zoom(1.25, -1);
			} else if (e.character == '-') {
				zoom(0.8, -1);
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	private int ox() {
		return canvas.getHorizontalBar().getSelection();
	}

	private int oy() {
		return canvas.getVerticalBar().getSelection();
	}

	/** Shows a timeline, keeping the selection where it still is. */
	void show(Timeline t) {
		g.timeline(t);
		GC gc = new GC(canvas);
		int w = 80;
		for (StudioResource r : t.rows()) {
			w = Math.max(w, gc.textExtent(Texts.label(r)).x + 16);
		}
		gc.dispose();
		g.nameWidth = Math.min(240, w);
		if (selected != null && t.bar(selected) == null) {
			selected = null;
		}
		if (selectedRow != null && !t.rows().contains(selectedRow)) {
			selectedRow = null;
		}
		lastTip = null;
		scrollBars();
		canvas.redraw();
	}

	/** Selects a booking and scrolls it into view (null: none). */
	void select(Booking b) {
		selected = b;
		Bar bar = b == null ? null : g.timeline().bar(b);
		selectedRow = bar == null ? null : g.timeline().rows().get(bar.row());
		if (bar != null) {
			reveal(bar.row(), bar.first());
		}
		canvas.redraw();
	}

	/** Selects a resource's row and scrolls to it. */
	void selectRow(StudioResource r) {
		int row = g.timeline().rows().indexOf(r);
		selected = null;
		selectedRow = row < 0 ? null : r;
		if (row >= 0) {
			reveal(row, -1);
		}
		canvas.redraw();
	}

	Booking selected() {
		return selected;
	}

	StudioResource selectedRow() {
		return selectedRow;
	}

	/** Scrolls so that a day is in view. */
	void scrollTo(LocalDate d) {
		reveal(-1, g.timeline().column(d));
		canvas.redraw();
	}

	/** Zooms the days by a factor, keeping the day under x (or the middle, for -1) where it is. */
	void zoom(double factor, int x) {
		Rectangle area = canvas.getClientArea();
		int at = x < g.nameWidth ? (area.width + g.nameWidth) / 2 : x;
		double day = (ox() + at - g.nameWidth) / (double) g.dayWidth;
		int now = (int) Math.max(Geometry.MIN_DAY, Math.min(Geometry.MAX_DAY, Math.round(g.dayWidth * factor)));
		if (now == g.dayWidth) {
			return;
		}
		g.dayWidth = now;
		scrollBars();
		canvas.getHorizontalBar().setSelection((int) Math.max(0, day * g.dayWidth - (at - g.nameWidth)));
		canvas.redraw();
	}

	int dayWidth() {
		return g.dayWidth;
	}

	private void reveal(int row, int column) {
		Rectangle area = canvas.getClientArea();
		if (row >= 0) {
			ScrollBar v = canvas.getVerticalBar();
			int viewH = area.height - g.headerHeight;
			if (g.rowTop(row) < v.getSelection()) {
				v.setSelection(g.rowTop(row));
			} else if (g.rowTop(row + 1) > v.getSelection() + viewH) {
				v.setSelection(g.rowTop(row + 1) - viewH);
			}
		}
		if (column >= 0) {
			ScrollBar h = canvas.getHorizontalBar();
			int viewW = area.width - g.nameWidth;
			int left = column * g.dayWidth;
			if (left < h.getSelection() || left + g.dayWidth > h.getSelection() + viewW) {
				h.setSelection(Math.max(0, left - viewW / 3));
			}
		}
	}

	private void scrollBars() {
		Rectangle area = canvas.getClientArea();
		ScrollBar v = canvas.getVerticalBar();
		ScrollBar h = canvas.getHorizontalBar();
		int contentH = g.contentHeight();
		int contentW = g.contentWidth();
		int viewH = Math.max(1, area.height - g.headerHeight);
		int viewW = Math.max(1, area.width - g.nameWidth);
		v.setValues(Math.min(v.getSelection(), Math.max(0, contentH - viewH)), 0, Math.max(contentH, viewH), viewH, g.laneHeight, viewH);
		h.setValues(Math.min(h.getSelection(), Math.max(0, contentW - viewW)), 0, Math.max(contentW, viewW), viewW, g.dayWidth, viewW);
		v.setVisible(contentH > viewH);
		h.setVisible(contentW > viewW);
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		Timeline t = g.timeline();
		int ox = ox();
		int oy = oy();
		int dw = g.dayWidth;
		int firstCol = Math.max(0, ox / dw);
		int lastCol = Math.min(t.days() - 1, (ox + area.width - g.nameWidth) / dw);
		int firstRow = Math.max(0, g.rowAt(g.headerHeight, oy));
		int bottom = g.rowAt(area.height - 1, oy);
		int lastRow = bottom >= 0 ? bottom : t.rows().size() - 1;
		painter.background(gc, area);
		Rectangle data = new Rectangle(g.nameWidth, g.headerHeight, Math.max(0, area.width - g.nameWidth), Math.max(0, area.height - g.headerHeight));
		gc.setClipping(data);
		for (int c = firstCol; c <= lastCol; c++) {
			LocalDate d = t.day(c);
			painter.dayColumn(gc, new Rectangle(g.nameWidth + c * dw - ox, g.headerHeight, dw, data.height),
					d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, d.equals(LocalDate.now()));
		}
		for (int r = firstRow; r <= lastRow; r++) {
			int y = g.headerHeight + g.rowTop(r) - oy;
			painter.rowLine(gc, g.nameWidth, y + g.rowTop(r + 1) - g.rowTop(r) - 1, area.width, t.rows().get(r) == selectedRow);
			for (Bar b : g.bars(r)) {
				if (b.last() >= firstCol && b.first() <= lastCol) {
					painter.bar(gc, b.booking(), g.rect(b, ox, oy), data, t.inConflict(b.booking()), b.booking() == selected, dw);
				}
			}
		}
		gc.setClipping(new Rectangle(0, g.headerHeight, g.nameWidth, data.height));
		for (int r = firstRow; r <= lastRow; r++) {
			int y = g.headerHeight + g.rowTop(r) - oy;
			painter.rowName(gc, t.rows().get(r), new Rectangle(0, y, g.nameWidth, g.rowTop(r + 1) - g.rowTop(r)), t.rows().get(r) == selectedRow);
		}
		gc.setClipping(new Rectangle(g.nameWidth, 0, data.width, g.headerHeight));
		painter.header(gc, t, firstCol, lastCol, g.nameWidth - ox, dw, g.headerHeight);
		gc.setClipping((Rectangle) null);
		painter.corner(gc, new Rectangle(0, 0, g.nameWidth, g.headerHeight));
	}

	private void tooltip(Event e) {
		Bar b = g.barAt(e.x, e.y, ox(), oy());
		if (b == lastTip) {
			return;
		}
		lastTip = b;
		canvas.setToolTipText(b == null ? null : Tips.of(b.booking(), g.timeline().clash(b.booking())));
	}
}
