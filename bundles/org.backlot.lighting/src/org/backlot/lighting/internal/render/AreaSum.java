// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

/**
 * The unshadowed illuminance of an area source summed over a grid on its face, and the grid's weights spread over
 * the strata that soft-shadow rays sample.
 */
final class AreaSum {
	private AreaSum() {
	}

	/**
	 * The unshadowed illuminance of area source {@code l} at lifted point o with normal n (p the surface point that
	 * sets the grid), summed over the grid of {@link Light#cells}; each cell's share is written into {@code weights}
	 * (across-major) when given. Zero at once when the point is behind the face of a source that gives no light
	 * backwards, or when the whole face is below the surface's horizon.
	 */
	static double of(Light l, double px, double py, double pz, double ox, double oy, double oz, double nx, double ny, double nz, double[] weights) {
		double bx = l.cx - ox, by = l.cy - oy, bz = l.cz - oz;
		if (l.dist.darkBehind && bx * l.ax + by * l.ay + bz * l.az >= 0) {
			return 0;
		}
		double dx = l.cx - px, dy = l.cy - py, dz = l.cz - pz;
		double reach = 1 / Math.max(1e-3, Math.sqrt(dx * dx + dy * dy + dz * dz));
		int nu = Light.cells(l.width, reach), nv = Light.cells(l.height, reach);
		if (nu * nv > 1 && belowHorizon(l, ox, oy, oz, nx, ny, nz)) {
			return 0;
		}
		double share = l.candela / (nu * nv);
		boolean table = l.dist.symmetric;
		DistTable dist = l.dist;
		double ax = l.ax, ay = l.ay, az = l.az, vx = l.vx * l.height, vy = l.vy * l.height, vz = l.vz * l.height;
		double e = 0;
		for (int i = 0; i < nu; i++) {
			double a = ((i + 0.5) / nu - 0.5) * l.width;
			double rx = bx + l.ux * a, ry = by + l.uy * a, rz = bz + l.uz * a;
			for (int j = 0; j < nv; j++) {
				double b = (j + 0.5) / nv - 0.5;
				double lx = rx + vx * b, ly = ry + vy * b, lz = rz + vz * b;
				double facing = lx * nx + ly * ny + lz * nz;
				double v = 0;
				double d2 = lx * lx + ly * ly + lz * lz;
				if (facing > 0 && d2 >= 1e-12) {
					double inv = 1 / Math.sqrt(d2);
					double cg = -(ax * lx + ay * ly + az * lz) * inv;
					double rel = table ? dist.lookup(cg) : dist.relative(l.source, cg, -lx * inv, -ly * inv, -lz * inv);
					if (rel > 0) {
						v = share * rel * facing * inv * inv * inv;
					}
				}
				e += v;
				if (weights != null) {
					weights[i * nv + j] = v;
				}
			}
		}
		return e;
	}

	private static boolean belowHorizon(Light l, double ox, double oy, double oz, double nx, double ny, double nz) {
		for (int k = 0; k < 12; k += 3) {
			if ((l.face[k] - ox) * nx + (l.face[k + 1] - oy) * ny + (l.face[k + 2] - oz) * nz > 0) {
				return false;
			}
		}
		return true;
	}

	/** Spreads the nu × nv grid weights over mu × mv strata by the share of each cell that each stratum covers. */
	static void strata(double[] w, int nu, int nv, int mu, int mv, double[] strata) {
		java.util.Arrays.fill(strata, 0, mu * mv, 0);
		for (int a = 0; a < nu; a++) {
			for (int sa = 0; sa < mu; sa++) {
				double fa = overlap(a, nu, sa, mu);
				if (fa <= 0) {
					continue;
				}
				for (int b = 0; b < nv; b++) {
					double wa = w[a * nv + b] * fa;
					for (int sb = 0; sb < mv; sb++) {
						double fb = overlap(b, nv, sb, mv);
						if (fb > 0) {
							strata[sa * mv + sb] += wa * fb;
						}
					}
				}
			}
		}
	}

	/** The share of cell a of n (over 0..1) inside stratum s of m. */
	private static double overlap(int a, int n, int s, int m) {
		double lo = Math.max(a / (double) n, s / (double) m);
		double hi = Math.min((a + 1) / (double) n, (s + 1) / (double) m);
		return hi > lo ? (hi - lo) * n : 0;
	}
}
