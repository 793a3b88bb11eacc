// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Pixels (0xAARRGGBB, row 0 at the top) as SWT image data for the screen and as an AWT image for a PNG. Safe off the UI thread. */
final class Pictures {
	private Pictures() {
	}

	/** Device-independent image data of the pixels (alpha dropped). */
	static ImageData imageData(int w, int h, int[] argb) {
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				row[x] = argb[y * w + x] & 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}

	/** An RGB image of the pixels. */
	static BufferedImage buffered(int w, int h, int[] argb) {
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, w, h, argb, 0, w);
		return image;
	}
}
