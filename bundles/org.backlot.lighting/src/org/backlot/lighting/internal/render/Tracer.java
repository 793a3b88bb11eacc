// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;

/**
 * The ray caster over a {@link Geometry}'s flat arrays, for the engine and the preview renderer alike: the nearest
 * surface and shadow tests without allocation, with a bounding box per primitive, a BVH over mesh triangles, and
 * the renderer's shadow rays tested only against the candidates a {@link Cull} kept for a tile of pixels and a light.
 * Immutable; safe to share between threads.
 */
public final class Tracer {
	static final double EPS = 1e-7;
	private static final ThreadLocal<int[]> STACK = ThreadLocal.withInitial(() -> new int[64]);

	final Primitives p;
	private final TriangleBvh bvh;
	private final double[] triBox = new double[6];
	/** Every primitive as a candidate, for rays cast without culling. */
	private final Cull all;

	/** A caster over the primitives (the arrays are read, never changed). */
	public Tracer(Geometry.Flat flat) {
		p = new Primitives(flat);
		bvh = new TriangleBvh(flat.tris(), flat.triAlbedo());
		if (!bvh.isEmpty()) {
			bvh.bounds(triBox, 0);
		}
		all = newCull();
		all.nq = fill(all.quads);
		all.nb = fill(all.boxes);
		all.ns = fill(all.spheres);
		all.nc = fill(all.cylinders);
		all.tris = !bvh.isEmpty();
	}

	private static int fill(int[] indices) {
		for (int k = 0; k < indices.length; k++) {
			indices[k] = k;
		}
		return indices.length;
	}

	/** The nearest surface along the unit ray, written into {@code hit}; false when the ray leaves the set. */
	public boolean hit(double ox, double oy, double oz, double dx, double dy, double dz, Hit hit) {
		double best = Double.POSITIVE_INFINITY;
		double[] q = p.quads;
		for (int k = 0, i = 0; k < p.nq; k++, i += 12) {
			double t = p.quad(k, ox, oy, oz, dx, dy, dz);
			if (t > EPS && t < best) {
				best = t;
				double dot = q[i + 9] * dx + q[i + 10] * dy + q[i + 11] * dz;
				double f = dot > 0 ? -1 : 1;
				hit.set(t, f * q[i + 9], f * q[i + 10], f * q[i + 11], p.quadAlbedo[k], p.quadKind[k], k);
				hit.back = dot > 0;
			}
		}
		for (int k = 0; k < p.nb; k++) {
			double t = p.box(k, ox, oy, oz, dx, dy, dz, best, hit);
			if (t < best) {
				best = t;
			}
		}
		if (!bvh.isEmpty()) {
			best = bvh.nearest(ox, oy, oz, dx, dy, dz, best, hit, false, hit.stack);
		}
		for (int k = 0; k < p.ns; k++) {
			double t = p.sphere(k, ox, oy, oz, dx, dy, dz);
			if (t > EPS && t < best) {
				best = t;
				int i = k * 4;
				double r = p.spheres[i + 3];
				hit.set(t, (ox + dx * t - p.spheres[i]) / r, (oy + dy * t - p.spheres[i + 1]) / r, (oz + dz * t - p.spheres[i + 2]) / r,
						p.figureAlbedo[k * 2], Geometry.SKIN, k);
			}
		}
		for (int k = 0; k < p.nc; k++) {
			double t = p.cylinder(k, ox, oy, oz, dx, dy, dz, best, hit);
			if (t < best) {
				best = t;
			}
		}
		return best < Double.POSITIVE_INFINITY;
	}

	/** Whether anything lies on the unit ray closer than {@code tMax}. */
	public boolean occluded(double ox, double oy, double oz, double dx, double dy, double dz, double tMax) {
		return occluded(ox, oy, oz, dx, dy, dz, tMax, all, all.tris ? STACK.get() : null);
	}

	/** Whether any of the culled candidates lies on the unit ray closer than {@code tMax}. */
	boolean occluded(double ox, double oy, double oz, double dx, double dy, double dz, double tMax, Cull c, int[] stack) {
		for (int n = 0; n < c.nb; n++) {
			int k = c.boxes[n];
			if (passes(p.boxBall, k * 4, ox, oy, oz, dx, dy, dz, tMax) && p.box(k, ox, oy, oz, dx, dy, dz, tMax, null) < tMax) {
				return true;
			}
		}
		for (int n = 0; n < c.nc; n++) {
			int k = c.cylinders[n];
			if (passes(p.cylinderBall, k * 4, ox, oy, oz, dx, dy, dz, tMax) && p.cylinder(k, ox, oy, oz, dx, dy, dz, tMax, null) < tMax) {
				return true;
			}
		}
		for (int n = 0; n < c.ns; n++) {
			double t = p.sphere(c.spheres[n], ox, oy, oz, dx, dy, dz);
			if (t > EPS && t < tMax) {
				return true;
			}
		}
		if (c.tris && bvh.nearest(ox, oy, oz, dx, dy, dz, tMax, null, true, stack) < tMax) {
			return true;
		}
		for (int n = 0; n < c.nq; n++) {
			double t = p.quad(c.quads[n], ox, oy, oz, dx, dy, dz);
			if (t > EPS && t < tMax) {
				return true;
			}
		}
		return false;
	}

	/** Whether the unit ray up to tMax may meet the bounding sphere at {@code i} (false only when it surely misses). */
	private static boolean passes(double[] b, int i, double ox, double oy, double oz, double dx, double dy, double dz, double tMax) {
		double sx = b[i] - ox, sy = b[i + 1] - oy, sz = b[i + 2] - oz, r = b[i + 3];
		double along = sx * dx + sy * dy + sz * dz;
		double c = sx * sx + sy * sy + sz * sz - r * r;
		if (c <= 0) {
			return true;
		}
		return along > 0 && along * along >= c && along - r < tMax;
	}

	/**
	 * Keeps in {@code out} the primitives that could stand between any point of the box {@code tile} (minx miny minz
	 * maxx maxy maxz) and any of {@code n} light points (xyz triples): those whose bounds meet the box around both,
	 * and of the quads only those whose plane separates some of the points.
	 */
	void cull(double[] tile, double[] points, int n, Cull out) {
		double[] h = out.hull;
		System.arraycopy(tile, 0, h, 0, 6);
		for (int k = 0; k < n; k++) {
			for (int a = 0; a < 3; a++) {
				h[a] = Math.min(h[a], points[k * 3 + a]);
				h[a + 3] = Math.max(h[a + 3], points[k * 3 + a]);
			}
		}
		out.nq = 0;
		for (int k = 0; k < p.nq; k++) {
			if (overlaps(p.quadBox, k * 6, h) && p.separates(k, tile, points, n)) {
				out.quads[out.nq++] = k;
			}
		}
		out.nb = 0;
		for (int k = 0; k < p.nb; k++) {
			if (overlaps(p.boxBox, k * 6, h)) {
				out.boxes[out.nb++] = k;
			}
		}
		out.ns = 0;
		for (int k = 0; k < p.ns; k++) {
			if (overlaps(p.sphereBox, k * 6, h)) {
				out.spheres[out.ns++] = k;
			}
		}
		out.nc = 0;
		for (int k = 0; k < p.nc; k++) {
			if (overlaps(p.cylinderBox, k * 6, h)) {
				out.cylinders[out.nc++] = k;
			}
		}
		out.tris = !bvh.isEmpty() && overlaps(triBox, 0, h);
	}

	/**
	 * Whether any candidate in {@code c} may stand between point o and a disc of radius {@code radius} about
	 * {@code centre} (a source's face): whether its bounding sphere meets the cone of segments from o to the disc
	 * (any quad or mesh counts as meeting it).
	 */
	boolean near(double ox, double oy, double oz, double[] centre, double radius, Cull c) {
		if (c.nq > 0 || c.tris) {
			return true;
		}
		double ax = centre[0] - ox, ay = centre[1] - oy, az = centre[2] - oz;
		double len2 = ax * ax + ay * ay + az * az;
		if (len2 <= radius * radius) {
			return true;
		}
		for (int n = 0; n < c.nb; n++) {
			if (cone(p.boxBall, c.boxes[n] * 4, ox, oy, oz, ax, ay, az, len2, radius)) {
				return true;
			}
		}
		for (int n = 0; n < c.nc; n++) {
			if (cone(p.cylinderBall, c.cylinders[n] * 4, ox, oy, oz, ax, ay, az, len2, radius)) {
				return true;
			}
		}
		for (int n = 0; n < c.ns; n++) {
			if (cone(p.spheres, c.spheres[n] * 4, ox, oy, oz, ax, ay, az, len2, radius)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether sphere (x y z r at {@code i}) meets the cone from o along a (length² len2) widening to {@code radius}: a
	 * point of the cone at parameter t lies within t·radius of o + t·a, so the sphere can only meet it where
	 * |s − (o + t·a)| − t·radius ≤ r; that convex function's minimum over t in 0..1 is found in closed form.
	 */
	private static boolean cone(double[] b, int i, double ox, double oy, double oz, double ax, double ay, double az, double len2, double radius) {
		double sx = b[i] - ox, sy = b[i + 1] - oy, sz = b[i + 2] - oz;
		double len = Math.sqrt(len2);
		double t0 = (sx * ax + sy * ay + sz * az) / len2;
		double h2 = Math.max(0, sx * sx + sy * sy + sz * sz - t0 * t0 * len2);
		double t = t0 + radius * Math.sqrt(h2) / Math.sqrt(len2 - radius * radius) / len;
		t = Math.max(0, Math.min(1, t));
		double dx = sx - t * ax, dy = sy - t * ay, dz = sz - t * az;
		return Math.sqrt(dx * dx + dy * dy + dz * dz) - t * radius <= b[i + 3];
	}

	/** A fresh candidate list sized for this geometry. */
	Cull newCull() {
		return new Cull(p);
	}

	private static boolean overlaps(double[] b, int i, double[] h) {
		return b[i] <= h[3] && b[i + 3] >= h[0] && b[i + 1] <= h[4] && b[i + 4] >= h[1] && b[i + 2] <= h[5] && b[i + 5] >= h[2];
	}

	/** The primitives that may block shadow rays from one tile to one light. */
	static final class Cull {
		final int[] quads, boxes, spheres, cylinders;
		int nq, nb, ns, nc;
		boolean tris;
		final double[] hull = new double[6];

		Cull(Primitives p) {
			quads = new int[p.nq];
			boxes = new int[p.nb];
			spheres = new int[p.ns];
			cylinders = new int[p.nc];
		}

		/** Whether nothing can block: every shadow ray from the tile to the light is clear. */
		boolean empty() {
			return nq == 0 && nb == 0 && ns == 0 && nc == 0 && !tris;
		}
	}
}
