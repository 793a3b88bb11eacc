// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Source;

/**
 * Illuminance of one source on one tile of the G-buffer, as {@link org.backlot.lighting.api.Illuminance#fromSource}
 * has it: E = I·cos θ / d² from the point lifted off the surface, an area source summed over its n×n grid, hard
 * shadows from the source's centre, and soft shadows by jittered rays to strata of the face, averaged over passes.
 */
final class Shader {
	/** Soft-shadow passes; each casts one ray per stratum into a different quarter of it. */
	static final int SOFT_PASSES = 4;
	private static final double OFF = GBuffer.OFFSET;
	/**
	 * Light below this (lux) is stored without a shadow ray: at any usable exposure it is far below one step of the
	 * 8-bit picture, and it spares the rays outside a narrow beam.
	 */
	static final double NEGLIGIBLE_LUX = 1e-4;
	/** What a pixel's first soft pass saw: its rays all clear or all blocked, or some of each. */
	private static final byte OPEN = 0, EDGE = 1;

	private Shader() {
	}

	/**
	 * The hard-shadow (or unshadowed) illuminance of {@code l} on a tile, written into {@code out}, or with a
	 * {@code tint} added into the red, green and blue of {@code out} (three per pixel); returns the rays cast.
	 */
	static long hard(GBuffer g, int tile, Light l, Tracer tr, boolean shadows, float[] out, double[] tint, Scratch sc) {
		int at = tile * 6;
		if (Double.isNaN(g.tileBox[at])) {
			return 0;
		}
		boolean test = shadows;
		if (shadows) {
			tr.cull(tileBox(g, tile, sc), l.centre, 1, sc.cull);
			test = !sc.cull.empty();
		}
		Source s = l.source;
		int x0 = (tile % g.tilesX) * GBuffer.TILE, y0 = (tile / g.tilesX) * GBuffer.TILE;
		int x1 = Math.min(g.width, x0 + GBuffer.TILE), y1 = Math.min(g.height, y0 + GBuffer.TILE);
		long rays = 0;
		for (int y = y0; y < y1; y++) {
			for (int i = y * g.width + x0, end = y * g.width + x1; i < end; i++) {
				if (g.kind[i] < 0) {
					continue;
				}
				double nx = g.nx[i], ny = g.ny[i], nz = g.nz[i];
				double ox = g.px[i] + g.nx[i] * OFF, oy = g.py[i] + g.ny[i] * OFF, oz = g.pz[i] + g.nz[i] * OFF;
				if (!l.area) {
					double lx = l.centre[0] - ox, ly = l.centre[1] - oy, lz = l.centre[2] - oz;
					double d2 = lx * lx + ly * ly + lz * lz;
					double d = Math.sqrt(d2);
					double cos = (lx * nx + ly * ny + lz * nz) / d;
					if (cos <= 0 || d2 < 1e-12) {
						continue;
					}
					double cg = -(l.ax * lx + l.ay * ly + l.az * lz) / d;
					double intensity = l.candela * (l.dist.symmetric ? l.dist.lookup(cg) : l.dist.relative(s, cg, -lx / d, -ly / d, -lz / d));
					if (intensity <= 0) {
						continue;
					}
					double e = intensity * cos / d2;
					if (test && e >= NEGLIGIBLE_LUX) {
						rays++;
						if (tr.occluded(ox, oy, oz, lx / d, ly / d, lz / d, d - 1e-3, sc.cull, sc.hit.stack)) {
							continue;
						}
					}
					store(out, tint, i, e);
					continue;
				}
				double e = AreaSum.of(l, g.px[i], g.py[i], g.pz[i], ox, oy, oz, nx, ny, nz, null);
				if (e <= 0) {
					continue;
				}
				if (test && e >= NEGLIGIBLE_LUX) {
					rays++;
					if (blocked(tr, sc, ox, oy, oz, l.cx, l.cy, l.cz)) {
						continue;
					}
				}
				store(out, tint, i, e);
			}
		}
		return rays;
	}

	private static void store(float[] out, double[] tint, int i, double e) {
		if (tint == null) {
			out[i] = (float) e;
		} else {
			out[i * 3] += (float) (e * tint[0]);
			out[i * 3 + 1] += (float) (e * tint[1]);
			out[i * 3 + 2] += (float) (e * tint[2]);
		}
	}

	/**
	 * One soft-shadow pass ({@code pass} from 0) of area source {@code l} on a tile: one jittered ray into a different
	 * quarter of each stratum of the face each pass; the light of the grid cells a blocked stratum covers is added to
	 * {@code loss}, and {@code out} gets the unshadowed sum less the mean loss. A pixel with no candidate near the
	 * rays to the face loses nothing, so that away from shadow edges the result equals the hard pass. The first pass
	 * records in {@code state} whether a pixel's rays were all alike or mixed; later passes visit only mixed pixels and
	 * their neighbours (the penumbrae) and leave the others as the first pass found them.
	 */
	static long soft(GBuffer g, int tile, Light l, Tracer tr, int pass, float[] loss, byte[] state, float[] out, Scratch sc) {
		if (Double.isNaN(g.tileBox[tile * 6])) {
			return 0;
		}
		tr.cull(tileBox(g, tile, sc), l.face, l.facePoints, sc.cull);
		boolean test = !sc.cull.empty();
		int subX = pass % 2, subY = (pass / 2) % 2;
		int mu = l.strataAcross(), mv = l.strataUp();
		int x0 = (tile % g.tilesX) * GBuffer.TILE, y0 = (tile / g.tilesX) * GBuffer.TILE;
		int x1 = Math.min(g.width, x0 + GBuffer.TILE), y1 = Math.min(g.height, y0 + GBuffer.TILE);
		double[] w = sc.weights, strata = sc.strata;
		long rays = 0;
		for (int y = y0; y < y1; y++) {
			for (int i = y * g.width + x0, end = y * g.width + x1; i < end; i++) {
				if (g.kind[i] < 0) {
					continue;
				}
				if (pass > 0 && !refine(state, g, i)) {
					continue;
				}
				double ox = g.px[i] + g.nx[i] * OFF, oy = g.py[i] + g.ny[i] * OFF, oz = g.pz[i] + g.nz[i] * OFF;
				double open = AreaSum.of(l, g.px[i], g.py[i], g.pz[i], ox, oy, oz, g.nx[i], g.ny[i], g.nz[i], w);
				double lost = 0;
				if (test && open >= NEGLIGIBLE_LUX && tr.near(ox, oy, oz, l.centre, l.radius, sc.cull)) {
					double dx = l.cx - g.px[i], dy = l.cy - g.py[i], dz = l.cz - g.pz[i];
					double reach = 1 / Math.max(1e-3, Math.sqrt(dx * dx + dy * dy + dz * dz));
					AreaSum.strata(w, Light.cells(l.width, reach), Light.cells(l.height, reach), mu, mv, strata);
					long seed = l.salt ^ Hashing.mix(0x9E3779B97F4A7C15L * pass + ((i % g.width & 3) | (i / g.width & 3) << 2));
					int hits = 0, cast = 0;
					for (int a = 0; a < mu; a++) {
						for (int b = 0; b < mv; b++) {
							double weight = strata[a * mv + b];
							if (weight <= 0) {
								continue;
							}
							long h = Hashing.mix(seed + a * 31 + b);
							double u = ((a + (subX + Hashing.unit(h)) / 2) / mu - 0.5) * l.width;
							double v = ((b + (subY + Hashing.unit(h + 1)) / 2) / mv - 0.5) * l.height;
							rays++;
							cast++;
							if (blocked(tr, sc, ox, oy, oz, l.cx + l.ux * u + l.vx * v, l.cy + l.uy * u + l.vy * v, l.cz + l.uz * u + l.vz * v)) {
								lost += weight;
								hits++;
							}
						}
					}
					if (pass == 0) {
						state[i] = hits == 0 || hits == cast ? OPEN : EDGE;
					}
				}
				loss[i] += (float) lost;
				out[i] = (float) (open - loss[i] / (pass + 1));
			}
		}
		return rays;
	}

	/** Whether pixel i or one of its eight neighbours saw a mixed first pass. */
	private static boolean refine(byte[] state, GBuffer g, int i) {
		int x = i % g.width, y = i / g.width;
		for (int yy = Math.max(0, y - 1); yy <= Math.min(g.height - 1, y + 1); yy++) {
			for (int xx = Math.max(0, x - 1); xx <= Math.min(g.width - 1, x + 1); xx++) {
				if (state[yy * g.width + xx] == EDGE) {
					return true;
				}
			}
		}
		return false;
	}

	/** The tile's box of lifted points, copied into the worker's scratch. */
	private static double[] tileBox(GBuffer g, int tile, Scratch sc) {
		double[] box = sc.tile;
		System.arraycopy(g.tileBox, tile * 6, box, 0, 6);
		return box;
	}

	private static boolean blocked(Tracer tr, Scratch sc, double ox, double oy, double oz, double sx, double sy, double sz) {
		double dx = sx - ox, dy = sy - oy, dz = sz - oz;
		double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
		return tr.occluded(ox, oy, oz, dx / d, dy / d, dz / d, d - 1e-3, sc.cull, sc.hit.stack);
	}
}
