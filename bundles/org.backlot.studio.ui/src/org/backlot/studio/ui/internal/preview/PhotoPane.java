// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A record's photo, scaled to fit; a drawn placeholder saying why when there is none or its file is missing. */
final class PhotoPane {
	private final Canvas canvas;
	private Image image;
	private Path shown;
	private String why = Messages.noPhoto;

	PhotoPane(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> clear());
	}

	Canvas control() {
		return canvas;
	}

	/** Shows the photo file (null: the placeholder; {@code missing} names the photo that could not be found, or is null). */
	void show(Path file, String missing) {
		if (file != null && file.equals(shown) && image != null) {
			return;
		}
		clear();
		why = missing == null ? Messages.noPhoto : org.eclipse.osgi.util.NLS.bind(Messages.photoMissing, missing);
		if (file != null && Files.isRegularFile(file)) {
			try {
				image = new Image(canvas.getDisplay(), new ImageData(file.toString()));
				shown = file;
			} catch (SWTException e) {
				why = e.getMessage();
			}
		}
		canvas.redraw();
	}

	/** Whether a photo (not the placeholder) is shown. */
	boolean hasPhoto() {
		return image != null;
	}

	private void clear() {
		if (image != null) {
			image.dispose();
		}
		image = null;
		shown = null;
	}

	private void paint(GC gc) {
		Rectangle r = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(r);
		if (image != null) {
			Rectangle b = image.getBounds();
			double scale = Math.min((double) r.width / b.width, (double) r.height / b.height);
			int w = (int) (b.width * scale);
			int h = (int) (b.height * scale);
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(image, 0, 0, b.width, b.height, (r.width - w) / 2, (r.height - h) / 2, w, h);
			return;
		}
		int size = Math.max(24, Math.min(r.width, r.height) / 3);
		int cx = r.width / 2;
		int cy = r.height / 2 - 10;
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.setLineWidth(2);
		gc.drawRoundRectangle(cx - size / 2, cy - size / 3, size, size * 2 / 3, 8, 8);
		gc.drawOval(cx - size / 6, cy - size / 6, size / 3, size / 3);
		gc.drawLine(cx - size / 2 + size / 8, cy - size / 3, cx - size / 2 + size / 8, cy - size / 3 - size / 10);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		Point t = gc.textExtent(why);
		gc.drawText(why, Math.max(4, cx - t.x / 2), cy + size / 3 + 8, true);
	}
}
