// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Hands AWT pictures (as the studio engine renders them) to SWT, a frame at a time, without a per-pixel colour lookup. */
final class Frames {
	private Frames() {
	}

	/** The picture as 24-bit SWT image data. */
	static ImageData toSwt(BufferedImage img) {
		int w = img.getWidth();
		int h = img.getHeight();
		int[] px = img.getRaster().getDataBuffer() instanceof DataBufferInt b && img.getType() == BufferedImage.TYPE_INT_RGB ? b.getData()
				: img.getRGB(0, 0, w, h, null, 0, w);
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xff0000, 0x00ff00, 0x0000ff));
		byte[] out = data.data;
		int line = data.bytesPerLine;
		for (int y = 0; y < h; y++) {
			int o = y * line;
			int p = y * w;
			for (int x = 0; x < w; x++) {
				int c = px[p + x];
				out[o++] = (byte) (c >> 16);
				out[o++] = (byte) (c >> 8);
				out[o++] = (byte) c;
			}
		}
		return data;
	}
}
