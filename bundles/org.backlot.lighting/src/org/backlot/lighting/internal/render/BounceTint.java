// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

/** The colour of the bounced light: the direct light's colour averaged over what the camera sees, weighted by reflectance. */
final class BounceTint {
	private BounceTint() {
	}

	/** Linear RGB at luminance 1 (white when nothing is lit). */
	static double[] of(GBuffer g, float[][] layers, Prepared p, Workers workers) {
		double[] partial = new double[g.tiles() * 3];
		workers.forEach(g.tiles(), (tile, w) -> {
			int x0 = (tile % g.tilesX) * GBuffer.TILE, y0 = (tile / g.tilesX) * GBuffer.TILE;
			int x1 = Math.min(g.width, x0 + GBuffer.TILE), y1 = Math.min(g.height, y0 + GBuffer.TILE);
			for (int k = 0; k < layers.length; k++) {
				Prepared.Group group = p.groups.get(k);
				double[] rgb = group.colour ? null : group.light().source.rgb;
				double r = 0, gr = 0, b = 0;
				for (int y = y0; y < y1; y++) {
					for (int i = y * g.width + x0, end = y * g.width + x1; i < end; i++) {
						if (g.kind[i] < 0) {
							continue;
						}
						double a = g.albedo[i];
						if (rgb == null) {
							r += a * layers[k][i * 3];
							gr += a * layers[k][i * 3 + 1];
							b += a * layers[k][i * 3 + 2];
						} else {
							double e = a * layers[k][i];
							r += e * rgb[0];
							gr += e * rgb[1];
							b += e * rgb[2];
						}
					}
				}
				partial[tile * 3] += r;
				partial[tile * 3 + 1] += gr;
				partial[tile * 3 + 2] += b;
			}
			return 0;
		});
		double[] sum = new double[3];
		for (int t = 0; t < g.tiles(); t++) {
			for (int c = 0; c < 3; c++) {
				sum[c] += partial[t * 3 + c];
			}
		}
		double lum = 0.2126 * sum[0] + 0.7152 * sum[1] + 0.0722 * sum[2];
		if (!(lum > 0)) {
			return new double[] { 1, 1, 1 };
		}
		return new double[] { sum[0] / lum, sum[1] / lum, sum[2] / lum };
	}
}
