// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.ui.internal.Colours;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/** How the booking calendar's parts are drawn: day columns, rows, names, the date header and the bars. */
final class Painter {
	private static final Color WHITE = new Color(255, 255, 255);
	private static final Color WEEKEND = new Color(0xf3, 0xf4, 0xf6);
	private static final Color LINE = new Color(0xe0, 0xe3, 0xe8);
	private static final Color HEADER = new Color(0xf7, 0xf8, 0xfa);
	private static final Color TEXT = new Color(0x24, 0x30, 0x3f);
	private static final Color MUTED = new Color(0x70, 0x78, 0x84);
	private static final Color TODAY = new Color(0xfb, 0x8c, 0x00);
	private static final Color ROW_SELECTED = new Color(0xe3, 0xf2, 0xfd);
	private static final Color CONFLICT = new Color(Colours.CONFLICT);
	private static final Color SELECTION = new Color(Colours.SELECTION);
	private final Canvas canvas;

	Painter(Canvas canvas) {
		this.canvas = canvas;
	}

	void background(GC gc, Rectangle area) {
		gc.setBackground(WHITE);
		gc.fillRectangle(area);
	}

	void dayColumn(GC gc, Rectangle r, boolean weekend, boolean today) {
		if (weekend) {
			gc.setBackground(WEEKEND);
			gc.fillRectangle(r);
		}
		gc.setForeground(LINE);
		gc.drawLine(r.x, r.y, r.x, r.y + r.height);
		if (today) {
			gc.setForeground(TODAY);
			gc.setLineWidth(2);
			gc.drawLine(r.x + r.width / 2, r.y, r.x + r.width / 2, r.y + r.height);
			gc.setLineWidth(1);
		}
	}

	void rowLine(GC gc, int x, int y, int width, boolean selected) {
		gc.setForeground(selected ? SELECTION : LINE);
		gc.drawLine(x, y, width, y);
	}

	void rowName(GC gc, StudioResource r, Rectangle box, boolean selected) {
		gc.setBackground(selected ? ROW_SELECTED : HEADER);
		gc.fillRectangle(box);
		gc.setForeground(LINE);
		gc.drawLine(box.x, box.y + box.height - 1, box.x + box.width, box.y + box.height - 1);
		gc.drawLine(box.x + box.width - 1, box.y, box.x + box.width - 1, box.y + box.height);
		gc.setForeground(TEXT);
		String text = Texts.label(r);
		int h = gc.getFontMetrics().getHeight();
		gc.drawText(fit(gc, text, box.width - 10), box.x + 6, box.y + Math.max(2, (Math.min(box.height, h + 10) - h) / 2), true);
	}

	void header(GC gc, Timeline t, int firstCol, int lastCol, int x0, int dayWidth, int height) {
		gc.setBackground(HEADER);
		gc.fillRectangle(gc.getClipping());
		int h = gc.getFontMetrics().getHeight();
		DateTimeFormatter month = DateTimeFormatter.ofPattern(Messages.monthYear, Locale.getDefault());
		int left = gc.getClipping().x;
		for (int c = firstCol; c <= lastCol;) {
			LocalDate d = t.day(c);
			int monthEnd = c + d.lengthOfMonth() - d.getDayOfMonth();
			int x = Math.max(left, x0 + c * dayWidth);
			int right = x0 + (monthEnd + 1) * dayWidth;
			if (d.getDayOfMonth() == 1) {
				gc.setForeground(LINE);
				gc.drawLine(x, 0, x, h + 4);
			}
			gc.setForeground(TEXT);
			gc.drawText(fit(gc, month.format(d), right - x - 6), x + 3, 3, true);
			c = monthEnd + 1;
		}
		for (int c = firstCol; c <= lastCol; c++) {
			LocalDate d = t.day(c);
			int x = x0 + c * dayWidth;
			boolean weekend = d.getDayOfWeek().getValue() >= 6;
			gc.setForeground(weekend ? MUTED : TEXT);
			String day = dayWidth >= 22 || d.getDayOfWeek().getValue() == 1 ? Integer.toString(d.getDayOfMonth()) : ""; //$NON-NLS-1$
			int tw = gc.textExtent(day).x;
			gc.drawText(day, x + (dayWidth - tw) / 2, h + 6, true);
			gc.setForeground(LINE);
			gc.drawLine(x, h + 5, x, height);
		}
		gc.drawLine(gc.getClipping().x, height - 1, gc.getClipping().x + gc.getClipping().width, height - 1);
	}

	void corner(GC gc, Rectangle r) {
		gc.setBackground(HEADER);
		gc.fillRectangle(r);
		gc.setForeground(LINE);
		gc.drawLine(r.x, r.y + r.height - 1, r.x + r.width, r.y + r.height - 1);
		gc.drawLine(r.x + r.width - 1, r.y, r.x + r.width - 1, r.y + r.height);
	}

	void bar(GC gc, Booking b, Rectangle r, Rectangle clip, boolean conflict, boolean selected, int dayWidth) {
		RGB rgb = Colours.booking(b);
		Color fill = new Color(rgb);
		gc.setBackground(fill);
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 5, 5);
		boolean tentative = b.getStatus() == BookingStatus.TENTATIVE;
		if (tentative) {
			Rectangle inner = r.intersection(clip);
			if (!inner.isEmpty()) {
				gc.setClipping(inner);
				gc.setForeground(Colours.dark(rgb) ? new Color(Colours.lighten(rgb, 0.45)) : new Color(Colours.lighten(new RGB(0, 0, 0), 0.55)));
				gc.setAlpha(150);
				for (int x = r.x - r.height; x < r.x + r.width; x += 6) {
					gc.drawLine(x, r.y + r.height, x + r.height, r.y);
				}
				gc.setAlpha(255);
				gc.setClipping(clip);
			}
		}
		if (conflict || selected) {
			gc.setForeground(conflict ? CONFLICT : SELECTION);
			gc.setLineWidth(2);
			gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 5, 5);
			if (conflict && selected) {
				gc.setForeground(SELECTION);
				gc.setLineWidth(1);
				gc.drawRoundRectangle(r.x + 2, r.y + 2, r.width - 5, r.height - 5, 4, 4);
			}
			gc.setLineWidth(1);
		} else if (tentative) {
			gc.setForeground(new Color(Colours.production(b)));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 5, 5);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (r.width > 2 * dayWidth / 3 + 12) {
			String label = Texts.production(b) + " · " + Texts.of("purpose", b.getPurpose()); //$NON-NLS-1$ //$NON-NLS-2$
			int left = Math.max(r.x, clip.x) + 4;
			int room = r.x + r.width - left - 4;
			if (room > 12) {
				gc.setForeground(Colours.dark(rgb) ? WHITE : TEXT);
				gc.drawText(fit(gc, label, room), left, r.y + (r.height - gc.getFontMetrics().getHeight()) / 2, true);
			}
		}
	}

	/** The text cut to fit a width, with an ellipsis. */
	static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int n = text.length();
		while (n > 0 && gc.textExtent(text.substring(0, n) + '…').x > width) {
			n--;
		}
		return n == 0 ? "" : text.substring(0, n) + '…'; //$NON-NLS-1$
	}

	Canvas canvas() {
		return canvas;
	}
}
