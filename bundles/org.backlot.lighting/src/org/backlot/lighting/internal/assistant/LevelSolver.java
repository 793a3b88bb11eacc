// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

/**
 * Least squares with bounds for a handful of unknowns: minimises |A·x − b|² with lo ≤ x ≤ hi. Illuminance is
 * linear in each lamp's output, so the lamps' levels for exposure, ratio and separation are such a problem. Every
 * pattern of unknowns held at a bound or free is tried (3ⁿ, n ≤ 5), which finds the exact optimum of this convex
 * problem.
 */
final class LevelSolver {
	private static final double RIDGE = 1e-10;

	private LevelSolver() {
	}

	/** The best x; rows of {@code a} are equations, already weighted; {@code hi} may be infinite. */
	static double[] solve(double[][] a, double[] b, double lo, double hi) {
		int n = a.length == 0 ? 0 : a[0].length;
		double[] best = new double[n];
		double bestCost = Double.POSITIVE_INFINITY;
		int patterns = (int) Math.pow(3, n);
		int[] state = new int[n];
		double[] x = new double[n];
		patterns:
		for (int p = 0; p < patterns; p++) {
			int code = p;
			for (int i = 0; i < n; i++) {
				state[i] = code % 3;
				code /= 3;
				if (state[i] == 1 && Double.isInfinite(hi)) {
					continue patterns;
				}
			}
			if (!solveFree(a, b, state, lo, hi, x)) {
				continue;
			}
			double c = cost(a, b, x);
			if (c < bestCost - 1e-15) {
				bestCost = c;
				System.arraycopy(x, 0, best, 0, n);
			}
		}
		return best;
	}

	/** Solves for the unknowns in state 2 with the others at lo (0) or hi (1); false when a free one leaves its bounds. */
	private static boolean solveFree(double[][] a, double[] b, int[] state, double lo, double hi, double[] x) {
		int n = state.length;
		int free = 0;
		for (int i = 0; i < n; i++) {
			x[i] = state[i] == 0 ? lo : hi;
			if (state[i] == 2) {
				free++;
			}
		}
		if (free == 0) {
			return true;
		}
		int[] idx = new int[free];
		for (int i = 0, k = 0; i < n; i++) {
			if (state[i] == 2) {
				idx[k++] = i;
			}
		}
		double[][] m = new double[free][free + 1];
		for (int r = 0; r < a.length; r++) {
			double[] row = a[r];
			double rhs = 0;
			for (int i = 0; i < n; i++) {
				if (state[i] != 2) {
					rhs -= row[i] * x[i];
				}
			}
			rhs += b[r];
			for (int j = 0; j < free; j++) {
				for (int k = 0; k < free; k++) {
					m[j][k] += row[idx[j]] * row[idx[k]];
				}
				m[j][free] += row[idx[j]] * rhs;
			}
		}
		for (int j = 0; j < free; j++) {
			m[j][j] += RIDGE;
		}
		double[] sol = gauss(m);
		if (sol == null) {
			return false;
		}
		for (int j = 0; j < free; j++) {
			if (sol[j] < lo - 1e-9 || sol[j] > hi + 1e-9) {
				return false;
			}
			x[idx[j]] = Math.max(lo, Math.min(hi, sol[j]));
		}
		return true;
	}

	private static double cost(double[][] a, double[] b, double[] x) {
		double c = 0;
		for (int r = 0; r < a.length; r++) {
			double s = -b[r];
			for (int i = 0; i < x.length; i++) {
				s += a[r][i] * x[i];
			}
			c += s * s;
		}
		return c;
	}

	/** Gaussian elimination with partial pivoting on an augmented matrix; null when singular. */
	private static double[] gauss(double[][] m) {
		int n = m.length;
		for (int c = 0; c < n; c++) {
			int p = c;
			for (int r = c + 1; r < n; r++) {
				if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
					p = r;
				}
			}
			if (Math.abs(m[p][c]) < 1e-14) {
				return null;
			}
			double[] t = m[p];
			m[p] = m[c];
			m[c] = t;
			for (int r = c + 1; r < n; r++) {
				double f = m[r][c] / m[c][c];
				for (int k = c; k <= n; k++) {
					m[r][k] -= f * m[c][k];
				}
			}
		}
		double[] x = new double[n];
		for (int r = n - 1; r >= 0; r--) {
			double s = m[r][n];
			for (int k = r + 1; k < n; k++) {
				s -= m[r][k] * x[k];
			}
			x[r] = s / m[r][r];
		}
		return x;
	}
}
