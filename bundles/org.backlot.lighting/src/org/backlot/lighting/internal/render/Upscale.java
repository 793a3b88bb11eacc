// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

/** Enlarges an ARGB picture with bilinear filtering (for the quick first frame drawn at reduced size). */
final class Upscale {
	private Upscale() {
	}

	/** The picture {@code src} of sw × sh pixels stretched to w × h. */
	static int[] bilinear(int[] src, int sw, int sh, int w, int h) {
		int[] out = new int[w * h];
		for (int y = 0; y < h; y++) {
			double sy = Math.max(0, Math.min(sh - 1, (y + 0.5) * sh / h - 0.5));
			int y0 = (int) sy;
			int y1 = Math.min(sh - 1, y0 + 1);
			double fy = sy - y0;
			for (int x = 0; x < w; x++) {
				double sx = Math.max(0, Math.min(sw - 1, (x + 0.5) * sw / w - 0.5));
				int x0 = (int) sx;
				int x1 = Math.min(sw - 1, x0 + 1);
				double fx = sx - x0;
				int a = src[y0 * sw + x0], b = src[y0 * sw + x1], c = src[y1 * sw + x0], d = src[y1 * sw + x1];
				int p = 0xFF000000;
				for (int shift = 0; shift <= 16; shift += 8) {
					double top = ((a >> shift) & 255) * (1 - fx) + ((b >> shift) & 255) * fx;
					double bottom = ((c >> shift) & 255) * (1 - fx) + ((d >> shift) & 255) * fx;
					p |= (int) Math.round(top * (1 - fy) + bottom * fy) << shift;
				}
				out[y * w + x] = p;
			}
		}
		return out;
	}
}
