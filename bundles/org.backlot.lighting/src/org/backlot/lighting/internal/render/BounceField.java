// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Illuminance;

/**
 * The one-bounce indirect light for every pixel: computed exactly on a coarse grid of pixels every {@value #STEP},
 * interpolated between grid points on the same surface (similar normal, nearby, in plane), and computed exactly
 * wherever no such grid point is near (silhouettes, small pieces).
 */
final class BounceField {
	static final int STEP = 8;

	private BounceField() {
	}

	/** Indirect lux per pixel of {@code g} from {@code light} (a calculator at {@link org.backlot.lighting.api.Quality#BOUNCE}). */
	static float[] compute(GBuffer g, Illuminance light, Workers workers) {
		light.bounceLux(0, 0, 0, 0, 0, 1); // builds the bounce patches once, before the threads need them
		int cols = (g.width - 1 + STEP - 1) / STEP + 1;
		int rows = (g.height - 1 + STEP - 1) / STEP + 1;
		float[] coarse = new float[cols * rows];
		workers.forEach(rows, (r, w) -> {
			int y = Math.min(r * STEP, g.height - 1);
			for (int c = 0; c < cols; c++) {
				coarse[r * cols + c] = at(g, light, y * g.width + Math.min(c * STEP, g.width - 1));
			}
			return 0;
		});
		float[] out = new float[g.width * g.height];
		workers.forEach(g.tiles(), (tile, w) -> {
			fill(g, light, coarse, cols, tile, out);
			return 0;
		});
		return out;
	}

	private static float at(GBuffer g, Illuminance light, int i) {
		if (g.kind[i] < 0) {
			return Float.NaN;
		}
		return (float) light.bounceLux(g.px[i], g.py[i], g.pz[i], g.nx[i], g.ny[i], g.nz[i]);
	}

	private static void fill(GBuffer g, Illuminance light, float[] coarse, int cols, int tile, float[] out) {
		int x0 = (tile % g.tilesX) * GBuffer.TILE, y0 = (tile / g.tilesX) * GBuffer.TILE;
		int x1 = Math.min(g.width, x0 + GBuffer.TILE), y1 = Math.min(g.height, y0 + GBuffer.TILE);
		for (int y = y0; y < y1; y++) {
			int cy = y / STEP;
			int ya = Math.min(cy * STEP, g.height - 1), yb = Math.min((cy + 1) * STEP, g.height - 1);
			double fy = yb > ya ? (y - ya) / (double) (yb - ya) : 0;
			for (int x = x0; x < x1; x++) {
				int i = y * g.width + x;
				if (g.kind[i] < 0) {
					continue;
				}
				int cx = x / STEP;
				int xa = Math.min(cx * STEP, g.width - 1), xb = Math.min((cx + 1) * STEP, g.width - 1);
				double fx = xb > xa ? (x - xa) / (double) (xb - xa) : 0;
				double sum = 0, weight = 0;
				for (int k = 0; k < 4; k++) {
					int gx = cx + (k & 1), gy = cy + (k >> 1);
					double wgt = ((k & 1) == 0 ? 1 - fx : fx) * ((k >> 1) == 0 ? 1 - fy : fy);
					if (wgt <= 0 || gx >= cols || gy * cols + gx >= coarse.length) {
						continue;
					}
					float v = coarse[gy * cols + gx];
					int j = Math.min(gy * STEP, g.height - 1) * g.width + Math.min(gx * STEP, g.width - 1);
					if (!Float.isNaN(v) && similar(g, i, j)) {
						sum += wgt * v;
						weight += wgt;
					}
				}
				out[i] = weight > 0 ? (float) (sum / weight) : at(g, light, i);
			}
		}
	}

	/** Whether pixels i and j see the same surface: normals within about 25°, under half a metre apart, within 5 cm of i's plane. */
	private static boolean similar(GBuffer g, int i, int j) {
		if (g.nx[i] * g.nx[j] + g.ny[i] * g.ny[j] + g.nz[i] * g.nz[j] < 0.9) {
			return false;
		}
		double dx = g.px[j] - g.px[i], dy = g.py[j] - g.py[i], dz = g.pz[j] - g.pz[i];
		return dx * dx + dy * dy + dz * dz <= 0.25 && Math.abs(dx * g.nx[i] + dy * g.ny[i] + dz * g.nz[i]) <= 0.05;
	}
}
