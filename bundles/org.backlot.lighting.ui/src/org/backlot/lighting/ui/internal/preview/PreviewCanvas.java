// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The picture of the preview: the latest frame scaled to fit, keeping its
 * aspect, on a dark surround; a legend down the right for the floor map; a
 * sentence in the middle when there is nothing to show. Owns (and disposes) its image.
 */
final class PreviewCanvas {
	/** A legend entry: a colour and its label. */
	record Swatch(int rgb, String label) {
	}

	private final Canvas canvas;
	private Image image;
	private String message;
	private List<Swatch> legend = List.of();
	private String legendTitle = ""; //$NON-NLS-1$

	/** A canvas in the parent. */
	PreviewCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Dispose, e -> dispose());
	}

	/** The control. */
	Canvas control() {
		return canvas;
	}

	/** Shows a picture (the canvas takes it over), or none. */
	void show(ImageData data) {
		if (canvas.isDisposed()) {
			return;
		}
		Image old = image;
		image = data == null ? null : new Image(canvas.getDisplay(), data);
		if (old != null) {
			old.dispose();
		}
		canvas.redraw();
	}

	/** Shows a sentence over the picture (null: none). */
	void message(String text) {
		message = text;
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Shows a legend down the right (empty: none). */
	void legend(String title, List<Swatch> swatches) {
		legendTitle = title == null ? "" : title; //$NON-NLS-1$
		legend = List.copyOf(swatches);
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Whether a picture is shown. */
	boolean hasImage() {
		return image != null && !image.isDisposed();
	}

	/** The size the picture is drawn at in a client area, keeping the image's aspect. */
	static Rectangle fit(Rectangle area, int w, int h) {
		if (w <= 0 || h <= 0 || area.width <= 0 || area.height <= 0) {
			return new Rectangle(area.x, area.y, 0, 0);
		}
		double s = Math.min((double) area.width / w, (double) area.height / h);
		int dw = (int) Math.round(w * s);
		int dh = (int) Math.round(h * s);
		return new Rectangle(area.x + (area.width - dw) / 2, area.y + (area.height - dh) / 2, dw, dh);
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.fillRectangle(area);
		int legendWidth = legend.isEmpty() ? 0 : 96;
		Rectangle room = new Rectangle(area.x, area.y, Math.max(0, area.width - legendWidth), area.height);
		if (hasImage()) {
			Rectangle src = image.getBounds();
			Rectangle dst = fit(room, src.width, src.height);
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(image, 0, 0, src.width, src.height, dst.x, dst.y, dst.width, dst.height);
		}
		if (!legend.isEmpty()) {
			paintLegend(gc, new Rectangle(room.x + room.width, area.y, legendWidth, area.height));
		}
		if (message != null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			Point t = gc.textExtent(message, SWT.DRAW_DELIMITER);
			gc.drawText(message, Math.max(4, room.x + (room.width - t.x) / 2), Math.max(4, room.y + (room.height - t.y) / 2), true);
		}
	}

	private void paintLegend(GC gc, Rectangle r) {
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		int y = r.y + 6;
		gc.drawText(legendTitle, r.x + 6, y, true);
		y += gc.getFontMetrics().getHeight() + 4;
		int row = Math.max(gc.getFontMetrics().getHeight() + 2, 16);
		for (Swatch s : legend) {
			Color c = new Color((s.rgb() >> 16) & 0xff, (s.rgb() >> 8) & 0xff, s.rgb() & 0xff);
			gc.setBackground(c);
			gc.fillRectangle(r.x + 6, y, 18, row - 3);
			gc.drawText(s.label(), r.x + 30, y, true);
			y += row;
		}
	}

	private void dispose() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
