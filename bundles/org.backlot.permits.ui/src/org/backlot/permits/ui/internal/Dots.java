// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Small round coloured dots (status lights) as images, sharp at every zoom; disposed with their owner. */
public final class Dots {
	private static final int SIZE = 16;
	private final Display display;
	private final Map<RGB, Image> images = new HashMap<>();

	/** Dots for controls on this display. */
	public Dots(Display display) {
		this.display = display;
	}

	/** A dot of this colour. */
	public Image of(RGB rgb) {
		return images.computeIfAbsent(rgb, c -> new Image(display, (ImageDataProvider) zoom -> draw(c, zoom)));
	}

	/** A dot of the colour, on a transparent square of 16 points at the zoom, with a soft edge. */
	static ImageData draw(RGB c, int zoom) {
		int n = Math.max(1, SIZE * zoom / 100);
		ImageData data = new ImageData(n, n, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		byte[] alpha = new byte[n * n];
		double centre = n / 2.0;
		double radius = n * 0.3;
		int pixel = data.palette.getPixel(c);
		for (int y = 0; y < n; y++) {
			for (int x = 0; x < n; x++) {
				double d = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
				double a = Math.max(0, Math.min(1, radius - d + 0.5));
				data.setPixel(x, y, pixel);
				alpha[y * n + x] = (byte) Math.round(a * 255);
			}
		}
		data.alphaData = alpha;
		return data;
	}

	/** Disposes every dot made. */
	public void dispose() {
		for (Image i : images.values()) {
			i.dispose();
		}
		images.clear();
	}
}
