// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.studio.ui.internal.Colours;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** The calendar's key: each production shown with its colour, how purposes shade a bar, tentative and conflict. */
final class Legend {
	private final Canvas canvas;
	private final Map<String, RGB> productions = new LinkedHashMap<>();

	Legend(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GC gc = new GC(canvas);
		int h = gc.getFontMetrics().getHeight();
		gc.dispose();
		GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
		d.heightHint = h + 8;
		canvas.setLayoutData(d);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
	}

	Canvas control() {
		return canvas;
	}

	/** Lists the productions of the timeline's bookings. */
	void show(Timeline t) {
		productions.clear();
		for (Timeline.Bar b : t.bars()) {
			Booking x = b.booking();
			productions.putIfAbsent(Texts.production(x), Colours.production(x));
		}
		canvas.redraw();
	}

	private void paint(GC gc) {
		int h = gc.getFontMetrics().getHeight();
		int x = 4;
		int y = 4;
		gc.setAntialias(SWT.ON);
		for (Map.Entry<String, RGB> e : productions.entrySet()) {
			x = swatch(gc, x, y, h, e.getValue(), false, false, e.getKey());
		}
		RGB sample = productions.isEmpty() ? Colours.production((String) null) : productions.values().iterator().next();
		int sx = x + 8;
		for (BookingPurpose p : new BookingPurpose[] { BookingPurpose.SHOOT, BookingPurpose.FITTING, BookingPurpose.PREP, BookingPurpose.HOLD }) {
			gc.setBackground(new Color(Colours.lighten(sample, switch (p) {
			case FITTING -> 0.25;
			case PREP -> 0.45;
			case HOLD -> 0.65;
			default -> 0;
			})));
			gc.fillRectangle(sx, y + 1, 10, h - 2);
			sx += 11;
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(Messages.legendShade, sx + 4, y, true);
		x = sx + 4 + gc.textExtent(Messages.legendShade).x + 12;
		x = swatch(gc, x, y, h, new RGB(0xb0, 0xbe, 0xc5), true, false, Messages.legendTentative);
		swatch(gc, x, y, h, new RGB(0xb0, 0xbe, 0xc5), false, true, Messages.legendConflict);
	}

	private int swatch(GC gc, int x, int y, int h, RGB rgb, boolean hatched, boolean conflict, String label) {
		gc.setBackground(new Color(rgb));
		gc.fillRoundRectangle(x, y + 1, 22, h - 2, 4, 4);
		if (hatched) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.setClipping(x, y + 1, 22, h - 2);
			for (int i = -h; i < 22; i += 5) {
				gc.drawLine(x + i, y + h - 1, x + i + h, y - 1);
			}
			gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
		}
		if (conflict) {
			gc.setForeground(new Color(Colours.CONFLICT));
			gc.setLineWidth(2);
			gc.drawRoundRectangle(x, y + 1, 21, h - 3, 4, 4);
			gc.setLineWidth(1);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(label, x + 26, y, true);
		Point e = gc.textExtent(label);
		return x + 26 + e.x + 14;
	}
}
