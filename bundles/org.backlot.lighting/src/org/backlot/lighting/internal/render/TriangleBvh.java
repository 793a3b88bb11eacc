// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;

/**
 * A bounding volume hierarchy over the set's mesh triangles (median split on the longest axis, up to four
 * triangles a leaf), in flat arrays, for meshes of any size.
 */
final class TriangleBvh {
	private static final double EPS = 1e-7;
	private static final int LEAF = 4;

	private final double[] tris; // p0 e1 e2 n = 12, reordered
	private final double[] albedo;
	private final int[] index; // original index of each reordered triangle
	private final double[] box; // minx miny minz maxx maxy maxz per node
	private final int[] node; // per node: left child or first triangle, count (0 for an inner node), right child
	private int nodes;

	TriangleBvh(double[] source, double[] sourceAlbedo) {
		int n = sourceAlbedo.length;
		int[] order = new int[n];
		double[] centre = new double[n * 3];
		for (int k = 0; k < n; k++) {
			order[k] = k;
			for (int a = 0; a < 3; a++) {
				centre[k * 3 + a] = source[k * 12 + a] + (source[k * 12 + 3 + a] + source[k * 12 + 6 + a]) / 3;
			}
		}
		box = new double[Math.max(1, 2 * n) * 6];
		node = new int[Math.max(1, 2 * n) * 3];
		if (n > 0) {
			build(source, centre, order, 0, n);
		}
		tris = new double[n * 12];
		albedo = new double[n];
		index = order;
		for (int k = 0; k < n; k++) {
			System.arraycopy(source, order[k] * 12, tris, k * 12, 12);
			albedo[k] = sourceAlbedo[order[k]];
		}
	}

	/** Whether there are no triangles. */
	boolean isEmpty() {
		return albedo.length == 0;
	}

	/** The bounds of all triangles (minx miny minz maxx maxy maxz) written into {@code out} at {@code at}. */
	void bounds(double[] out, int at) {
		System.arraycopy(box, 0, out, at, 6);
	}

	private int build(double[] src, double[] centre, int[] order, int from, int to) {
		int me = nodes++;
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int k = from; k < to; k++) {
			int t = order[k] * 12;
			for (int v = 0; v < 3; v++) {
				for (int a = 0; a < 3; a++) {
					double p = src[t + a] + (v == 1 ? src[t + 3 + a] : v == 2 ? src[t + 6 + a] : 0);
					b[a] = Math.min(b[a], p - 1e-6);
					b[a + 3] = Math.max(b[a + 3], p + 1e-6);
				}
			}
		}
		System.arraycopy(b, 0, box, me * 6, 6);
		if (to - from <= LEAF) {
			node[me * 3] = from;
			node[me * 3 + 1] = to - from;
			return me;
		}
		int axis = b[3] - b[0] >= b[4] - b[1] && b[3] - b[0] >= b[5] - b[2] ? 0 : b[4] - b[1] >= b[5] - b[2] ? 1 : 2;
		int mid = (from + to) >>> 1;
		select(centre, order, from, to - 1, mid, axis);
		int left = build(src, centre, order, from, mid);
		int right = build(src, centre, order, mid, to);
		node[me * 3] = left;
		node[me * 3 + 1] = 0;
		node[me * 3 + 2] = right;
		return me;
	}

	private static void select(double[] centre, int[] order, int lo, int hi, int k, int axis) {
		while (lo < hi) {
			double pivot = centre[order[(lo + hi) >>> 1] * 3 + axis];
			int i = lo;
			int j = hi;
			while (i <= j) {
				while (centre[order[i] * 3 + axis] < pivot) {
					i++;
				}
				while (centre[order[j] * 3 + axis] > pivot) {
					j--;
				}
				if (i <= j) {
					int tmp = order[i];
					order[i++] = order[j];
					order[j--] = tmp;
				}
			}
			if (k <= j) {
				hi = j;
			} else if (k >= i) {
				lo = i;
			} else {
				return;
			}
		}
	}

	/**
	 * The nearest triangle closer than {@code best} (any one when {@code any}); returns its distance or {@code best},
	 * and when {@code hit} is given writes the hit there; {@code stack} holds at least 64 entries.
	 */
	double nearest(double ox, double oy, double oz, double dx, double dy, double dz, double best, Hit hit, boolean any, int[] stack) {
		double ix = 1 / dx, iy = 1 / dy, iz = 1 / dz;
		int top = 0;
		stack[top++] = 0;
		while (top > 0) {
			int n = stack[--top];
			if (!slab(n * 6, ox, oy, oz, ix, iy, iz, best)) {
				continue;
			}
			int count = node[n * 3 + 1];
			if (count == 0) {
				stack[top++] = node[n * 3 + 2];
				stack[top++] = node[n * 3];
				continue;
			}
			for (int k = node[n * 3], end = k + count; k < end; k++) {
				double t = triangle(k * 12, ox, oy, oz, dx, dy, dz);
				if (t > EPS && t < best) {
					best = t;
					if (any) {
						return t;
					}
					if (hit != null) {
						int i = k * 12;
						double s = tris[i + 9] * dx + tris[i + 10] * dy + tris[i + 11] * dz > 0 ? -1 : 1;
						hit.set(t, s * tris[i + 9], s * tris[i + 10], s * tris[i + 11], albedo[k], Geometry.PIECE, index[k]);
					}
				}
			}
		}
		return best;
	}

	private boolean slab(int b, double ox, double oy, double oz, double ix, double iy, double iz, double tMax) {
		double t0 = (box[b] - ox) * ix, t1 = (box[b + 3] - ox) * ix;
		double lo = Math.min(t0, t1), hi = Math.max(t0, t1);
		t0 = (box[b + 1] - oy) * iy;
		t1 = (box[b + 4] - oy) * iy;
		lo = Math.max(lo, Math.min(t0, t1));
		hi = Math.min(hi, Math.max(t0, t1));
		t0 = (box[b + 2] - oz) * iz;
		t1 = (box[b + 5] - oz) * iz;
		lo = Math.max(lo, Math.min(t0, t1));
		hi = Math.min(hi, Math.max(t0, t1));
		return hi >= Math.max(lo, 0) && lo <= tMax;
	}

	private double triangle(int i, double ox, double oy, double oz, double dx, double dy, double dz) {
		double e1x = tris[i + 3], e1y = tris[i + 4], e1z = tris[i + 5];
		double e2x = tris[i + 6], e2y = tris[i + 7], e2z = tris[i + 8];
		double px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
		double det = e1x * px + e1y * py + e1z * pz;
		if (Math.abs(det) < 1e-12) {
			return -1;
		}
		double inv = 1 / det;
		double sx = ox - tris[i], sy = oy - tris[i + 1], sz = oz - tris[i + 2];
		double u = (sx * px + sy * py + sz * pz) * inv;
		if (u < 0 || u > 1) {
			return -1;
		}
		double qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x;
		double v = (dx * qx + dy * qy + dz * qz) * inv;
		if (v < 0 || u + v > 1) {
			return -1;
		}
		return (e2x * qx + e2y * qy + e2z * qz) * inv;
	}
}
