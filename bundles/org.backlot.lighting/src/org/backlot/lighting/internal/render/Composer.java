// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.LedPicture;

/**
 * Puts a frame together from the light layers, tile by tile: exposed radiance = albedo × Σ E·rgb / π × exposure
 * (plus what the LED wall shows, its picture × nits), through the tone curve into ARGB. Each layer's share is
 * rounded to a fixed point (2⁻²⁰ of the exposed value, capped far into white) so that sums are exact in any order:
 * the layers that do not change while a lamp is dragged are summed once into a cached rest, and a frame made from the
 * rest plus the dragged lamp is the same, bit for bit, as one summed from scratch.
 */
final class Composer {
	/** Fixed-point fraction bits of the exposed linear value. */
	static final int BITS = 20;
	private static final double ONE = 1 << BITS;
	/** A share is capped here (16: far past white), so that sums of 127 shares fit an int. */
	private static final int CAP = 1 << (BITS + 4);

	private final float[][] layers;
	private final double[][] tints;
	private final boolean[] hot;
	private final int[] rest;
	private final boolean buildRest;
	private final float[] bounce;
	private final double[] bounceTint;
	private final LedPicture led;
	private final double[] ledFrame;
	private final double scale;

	/**
	 * A composer of {@code layers} (a tint per mono layer, null for a layer in colour, three floats a pixel); the
	 * {@code hot} ones are added on top of {@code rest}, which the others are summed into first when {@code buildRest}
	 * (with no rest, all are summed).
	 */
	Composer(float[][] layers, double[][] tints, boolean[] hot, int[] rest, boolean buildRest, float[] bounce, double[] bounceTint, LedPicture led,
			double[] ledFrame, double scale) {
		this.layers = layers;
		this.tints = tints;
		this.hot = hot;
		this.rest = rest;
		this.buildRest = buildRest;
		this.bounce = bounce;
		this.bounceTint = bounceTint;
		this.led = led;
		this.ledFrame = ledFrame;
		this.scale = scale;
	}

	/** Writes one tile of {@code argb}. */
	void tile(GBuffer g, int tile, int[] argb) {
		int x0 = (tile % g.tilesX) * GBuffer.TILE, y0 = (tile / g.tilesX) * GBuffer.TILE;
		int x1 = Math.min(g.width, x0 + GBuffer.TILE), y1 = Math.min(g.height, y0 + GBuffer.TILE);
		int len = x1 - x0;
		int[] acc = new int[GBuffer.TILE * 3];
		double[] f = new double[GBuffer.TILE];
		double[] cell = new double[3];
		for (int y = y0; y < y1; y++) {
			int base = y * g.width + x0;
			for (int j = 0; j < len; j++) {
				f[j] = g.albedo[base + j] / Math.PI * scale * ONE;
			}
			if (rest != null && !buildRest) {
				System.arraycopy(rest, base * 3, acc, 0, len * 3);
			} else {
				java.util.Arrays.fill(acc, 0);
				for (int k = 0; k < layers.length; k++) {
					if (rest == null || !hot[k]) {
						add(k, base, len, f, acc);
					}
				}
				if (buildRest) {
					System.arraycopy(acc, 0, rest, base * 3, len * 3);
				}
			}
			if (rest != null) {
				for (int k = 0; k < layers.length; k++) {
					if (hot[k]) {
						add(k, base, len, f, acc);
					}
				}
			}
			for (int j = 0; j < len; j++) {
				int i = base + j;
				int kind = g.kind[i];
				if (kind < 0) {
					argb[i] = 0xFF000000;
					continue;
				}
				int r = acc[j * 3], gr = acc[j * 3 + 1], b = acc[j * 3 + 2];
				if (bounce != null) {
					double e = bounce[i] * f[j];
					r += share(e * bounceTint[0]);
					gr += share(e * bounceTint[1]);
					b += share(e * bounceTint[2]);
				}
				if (kind == Geometry.LED && led != null) {
					led(g, i, cell);
					r += share(cell[0] * scale * ONE);
					gr += share(cell[1] * scale * ONE);
					b += share(cell[2] * scale * ONE);
				}
				argb[i] = 0xFF000000 | Tone.encodeFixed(r, BITS) << 16 | Tone.encodeFixed(gr, BITS) << 8 | Tone.encodeFixed(b, BITS);
			}
		}
	}

	private void add(int k, int base, int len, double[] f, int[] acc) {
		float[] layer = layers[k];
		double[] t = tints[k];
		if (t != null) {
			double t0 = t[0], t1 = t[1], t2 = t[2];
			for (int j = 0; j < len; j++) {
				double e = layer[base + j] * f[j];
				acc[j * 3] += share(e * t0);
				acc[j * 3 + 1] += share(e * t1);
				acc[j * 3 + 2] += share(e * t2);
			}
		} else {
			for (int j = 0; j < len; j++) {
				int i = (base + j) * 3;
				acc[j * 3] += share(layer[i] * f[j]);
				acc[j * 3 + 1] += share(layer[i + 1] * f[j]);
				acc[j * 3 + 2] += share(layer[i + 2] * f[j]);
			}
		}
	}

	/** One share in fixed point: rounded, capped. */
	private static int share(double v) {
		return v >= CAP ? CAP : (int) Math.rint(v);
	}

	/** The luminance the LED wall shows at pixel i: its picture there times its brightness. */
	private void led(GBuffer g, int i, double[] out) {
		double[] fr = ledFrame;
		double hx = g.px[i] - fr[0], hy = g.py[i] - fr[1], hz = g.pz[i] - fr[2];
		double u = (hx * fr[3] + hy * fr[4] + hz * fr[5]) / (fr[3] * fr[3] + fr[4] * fr[4] + fr[5] * fr[5]);
		double v = (hx * fr[6] + hy * fr[7] + hz * fr[8]) / (fr[6] * fr[6] + fr[7] * fr[7] + fr[8] * fr[8]);
		led.colour(u, v, out);
		for (int c = 0; c < 3; c++) {
			out[c] *= led.nits();
		}
	}
}
