// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Vec3;

/**
 * The set as primitives for ray casting, kept in flat arrays: quads (floor, walls, the LED wall), boxes turned
 * about z (set pieces), triangles (meshes), spheres (heads) and upright cylinders (bodies). Immutable once built;
 * safe to share between render threads.
 */
public final class Geometry {
	/** Surface kinds reported in a {@link Hit}. */
	public static final int FLOOR = 0, WALL = 1, PIECE = 2, SKIN = 3, BODY = 4, LED = 5;

	private static final double EPS = 1e-7;

	private final double[] quads; // p0(3) u(3) v(3) n(3) = 12 per quad
	private final int[] quadKind;
	private final double[] quadAlbedo;
	private final double[] boxes; // cx cy z0 hx hy h cos sin = 8
	private final double[] boxAlbedo;
	private final double[] tris; // p0 e1 e2 n = 12
	private final double[] triAlbedo;
	private final double[] triBounds; // minx miny minz maxx maxy maxz of all triangles
	private final double[] spheres; // cx cy cz r = 4
	private final double[] cylinders; // cx cy z0 z1 r = 5
	private final double[] figureAlbedo;

	private Geometry(Builder b) {
		quads = b.quads.stream().mapToDouble(Double::doubleValue).toArray();
		quadKind = b.quadKind.stream().mapToInt(Integer::intValue).toArray();
		quadAlbedo = b.quadAlbedo.stream().mapToDouble(Double::doubleValue).toArray();
		boxes = b.boxes.stream().mapToDouble(Double::doubleValue).toArray();
		boxAlbedo = b.boxAlbedo.stream().mapToDouble(Double::doubleValue).toArray();
		tris = b.tris.stream().mapToDouble(Double::doubleValue).toArray();
		triAlbedo = b.triAlbedo.stream().mapToDouble(Double::doubleValue).toArray();
		spheres = b.spheres.stream().mapToDouble(Double::doubleValue).toArray();
		cylinders = b.cylinders.stream().mapToDouble(Double::doubleValue).toArray();
		figureAlbedo = b.figureAlbedo.stream().mapToDouble(Double::doubleValue).toArray();
		triBounds = bounds(tris);
	}

	/** The number of primitives (for ray statistics). */
	public int size() {
		return quadKind.length + boxAlbedo.length + triAlbedo.length + spheres.length / 4 + cylinders.length / 5;
	}

	/** Visits every quad: corner, edges, normal, reflectance and kind. */
	public void forEachQuad(QuadVisitor visitor) {
		for (int q = 0, i = 0; q < quadKind.length; q++, i += 12) {
			visitor.visit(new Vec3(quads[i], quads[i + 1], quads[i + 2]), new Vec3(quads[i + 3], quads[i + 4], quads[i + 5]),
					new Vec3(quads[i + 6], quads[i + 7], quads[i + 8]), new Vec3(quads[i + 9], quads[i + 10], quads[i + 11]), quadAlbedo[q], quadKind[q]);
		}
	}

	/** The corner and edges of quad {@code q}: p0, u, v as 9 numbers. */
	public double[] quadFrame(int q) {
		double[] f = new double[9];
		System.arraycopy(quads, q * 12, f, 0, 9);
		return f;
	}

	/** Copies of the flat primitive arrays, for engines that cast many rays with their own culling (the preview renderer). */
	public Flat flat() {
		return new Flat(quads.clone(), quadKind.clone(), quadAlbedo.clone(), boxes.clone(), boxAlbedo.clone(), tris.clone(), triAlbedo.clone(),
				spheres.clone(), cylinders.clone(), figureAlbedo.clone());
	}

	/**
	 * The primitives as flat arrays: quads p0 u v n (12 each), boxes cx cy z0 hx hy h cos sin (8), triangles p0 e1 e2 n (12),
	 * spheres cx cy cz r (4), cylinders cx cy z0 z1 r (5), and per figure its skin and clothes reflectance (2).
	 */
	public record Flat(double[] quads, int[] quadKind, double[] quadAlbedo, double[] boxes, double[] boxAlbedo, double[] tris, double[] triAlbedo,
			double[] spheres, double[] cylinders, double[] figureAlbedo) {
	}

	/** Receives quads. */
	@FunctionalInterface
	public interface QuadVisitor {
		/** One quad. */
		void visit(Vec3 p0, Vec3 u, Vec3 v, Vec3 normal, double albedo, int kind);
	}

	/** Whether anything lies on the ray from {@code o} along unit {@code d} closer than {@code tMax}. */
	public boolean occluded(double ox, double oy, double oz, double dx, double dy, double dz, double tMax) {
		return nearest(ox, oy, oz, dx, dy, dz, tMax, null, true) < tMax;
	}

	/** The nearest surface along the ray, written into {@code hit}; false when the ray leaves the set. */
	public boolean hit(double ox, double oy, double oz, double dx, double dy, double dz, Hit hit) {
		hit.t = Double.POSITIVE_INFINITY;
		return nearest(ox, oy, oz, dx, dy, dz, Double.POSITIVE_INFINITY, hit, false) < Double.POSITIVE_INFINITY;
	}

	private double nearest(double ox, double oy, double oz, double dx, double dy, double dz, double tMax, Hit hit, boolean any) {
		double best = tMax;
		for (int q = 0, i = 0; q < quadKind.length; q++, i += 12) {
			double t = quad(i, ox, oy, oz, dx, dy, dz);
			if (t > EPS && t < best) {
				best = t;
				if (any) {
					return t;
				}
				if (hit != null) {
					double f = quads[i + 9] * dx + quads[i + 10] * dy + quads[i + 11] * dz > 0 ? -1 : 1;
					hit.set(t, f * quads[i + 9], f * quads[i + 10], f * quads[i + 11], quadAlbedo[q], quadKind[q], q);
				}
			}
		}
		for (int b = 0, i = 0; b < boxAlbedo.length; b++, i += 8) {
			double t = box(i, ox, oy, oz, dx, dy, dz, best, hit, boxAlbedo[b], b);
			if (t < best) {
				best = t;
				if (any) {
					return t;
				}
			}
		}
		if (triAlbedo.length > 0 && slab(triBounds, ox, oy, oz, dx, dy, dz, best)) {
			for (int k = 0, i = 0; k < triAlbedo.length; k++, i += 12) {
				double t = triangle(i, ox, oy, oz, dx, dy, dz);
				if (t > EPS && t < best) {
					best = t;
					if (any) {
						return t;
					}
					if (hit != null) {
						double s = tris[i + 9] * dx + tris[i + 10] * dy + tris[i + 11] * dz > 0 ? -1 : 1;
						hit.set(t, s * tris[i + 9], s * tris[i + 10], s * tris[i + 11], triAlbedo[k], PIECE, k);
					}
				}
			}
		}
		for (int s = 0, i = 0; i < spheres.length; s++, i += 4) {
			double t = sphere(i, ox, oy, oz, dx, dy, dz);
			if (t > EPS && t < best) {
				best = t;
				if (any) {
					return t;
				}
				if (hit != null) {
					double r = spheres[i + 3];
					hit.set(t, (ox + dx * t - spheres[i]) / r, (oy + dy * t - spheres[i + 1]) / r, (oz + dz * t - spheres[i + 2]) / r,
							figureAlbedo[s * 2], SKIN, s);
				}
			}
		}
		for (int c = 0, i = 0; i < cylinders.length; c++, i += 5) {
			double t = cylinder(i, ox, oy, oz, dx, dy, dz, best, hit, figureAlbedo[c * 2 + 1], c);
			if (t < best) {
				best = t;
				if (any) {
					return t;
				}
			}
		}
		return best;
	}

	private double quad(int i, double ox, double oy, double oz, double dx, double dy, double dz) {
		double nx = quads[i + 9], ny = quads[i + 10], nz = quads[i + 11];
		double den = nx * dx + ny * dy + nz * dz;
		if (Math.abs(den) < 1e-12) {
			return -1;
		}
		double px = ox - quads[i], py = oy - quads[i + 1], pz = oz - quads[i + 2];
		double t = -(nx * px + ny * py + nz * pz) / den;
		if (t <= EPS) {
			return -1;
		}
		double hx = px + dx * t, hy = py + dy * t, hz = pz + dz * t;
		double ux = quads[i + 3], uy = quads[i + 4], uz = quads[i + 5];
		double vx = quads[i + 6], vy = quads[i + 7], vz = quads[i + 8];
		double a = (hx * ux + hy * uy + hz * uz) / (ux * ux + uy * uy + uz * uz);
		double b = (hx * vx + hy * vy + hz * vz) / (vx * vx + vy * vy + vz * vz);
		return a >= 0 && a <= 1 && b >= 0 && b <= 1 ? t : -1;
	}

	private double box(int i, double ox, double oy, double oz, double dx, double dy, double dz, double best, Hit hit, double albedo, int index) {
		double c = boxes[i + 6], s = boxes[i + 7];
		double rx = ox - boxes[i], ry = oy - boxes[i + 1];
		double lx = c * rx + s * ry, ly = -s * rx + c * ry, lz = oz - boxes[i + 2] - boxes[i + 5] / 2;
		double ldx = c * dx + s * dy, ldy = -s * dx + c * dy;
		double hx = boxes[i + 3], hy = boxes[i + 4], hz = boxes[i + 5] / 2;
		double tNear = -Double.MAX_VALUE, tFar = Double.MAX_VALUE;
		int axis = 0;
		double sign = 1;
		double[] o = { lx, ly, lz };
		double[] d = { ldx, ldy, dz };
		double[] h = { hx, hy, hz };
		for (int k = 0; k < 3; k++) {
			if (Math.abs(d[k]) < 1e-12) {
				if (o[k] < -h[k] || o[k] > h[k]) {
					return Double.POSITIVE_INFINITY;
				}
				continue;
			}
			double t1 = (-h[k] - o[k]) / d[k], t2 = (h[k] - o[k]) / d[k];
			double sg = -1;
			if (t1 > t2) {
				double tmp = t1;
				t1 = t2;
				t2 = tmp;
				sg = 1;
			}
			if (t1 > tNear) {
				tNear = t1;
				axis = k;
				sign = sg;
			}
			tFar = Math.min(tFar, t2);
			if (tNear > tFar) {
				return Double.POSITIVE_INFINITY;
			}
		}
		double t = tNear > EPS ? tNear : tFar;
		if (t <= EPS || t >= best) {
			return Double.POSITIVE_INFINITY;
		}
		if (hit != null) {
			double nlx = axis == 0 ? sign : 0, nly = axis == 1 ? sign : 0, nz = axis == 2 ? sign : 0;
			if (tNear <= EPS) {
				nlx = -nlx;
				nly = -nly;
				nz = -nz;
			}
			hit.set(t, c * nlx - s * nly, s * nlx + c * nly, nz, albedo, PIECE, index);
		}
		return t;
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

	private double sphere(int i, double ox, double oy, double oz, double dx, double dy, double dz) {
		double lx = ox - spheres[i], ly = oy - spheres[i + 1], lz = oz - spheres[i + 2], r = spheres[i + 3];
		double b = lx * dx + ly * dy + lz * dz;
		double c = lx * lx + ly * ly + lz * lz - r * r;
		double disc = b * b - c;
		if (disc < 0) {
			return -1;
		}
		double sq = Math.sqrt(disc);
		double t = -b - sq;
		return t > EPS ? t : -b + sq;
	}

	private double cylinder(int i, double ox, double oy, double oz, double dx, double dy, double dz, double best, Hit hit, double albedo, int index) {
		double cx = cylinders[i], cy = cylinders[i + 1], z0 = cylinders[i + 2], z1 = cylinders[i + 3], r = cylinders[i + 4];
		double lx = ox - cx, ly = oy - cy;
		double a = dx * dx + dy * dy;
		double result = Double.POSITIVE_INFINITY;
		if (a > 1e-12) {
			double b = lx * dx + ly * dy;
			double c = lx * lx + ly * ly - r * r;
			double disc = b * b - a * c;
			if (disc >= 0) {
				double sq = Math.sqrt(disc);
				for (double t : new double[] { (-b - sq) / a, (-b + sq) / a }) {
					double z = oz + dz * t;
					if (t > EPS && t < best && z >= z0 && z <= z1) {
						result = t;
						if (hit != null) {
							hit.set(t, (lx + dx * t) / r, (ly + dy * t) / r, 0, albedo, BODY, index);
						}
						break;
					}
				}
			}
		}
		if (Math.abs(dz) > 1e-12) {
			double t = (z1 - oz) / dz;
			double px = lx + dx * t, py = ly + dy * t;
			if (t > EPS && t < Math.min(best, result) && px * px + py * py <= r * r) {
				result = t;
				if (hit != null) {
					hit.set(t, 0, 0, 1, albedo, BODY, index);
				}
			}
		}
		return result;
	}

	private static boolean slab(double[] bb, double ox, double oy, double oz, double dx, double dy, double dz, double tMax) {
		double t0 = 0, t1 = tMax;
		double[] o = { ox, oy, oz };
		double[] d = { dx, dy, dz };
		for (int k = 0; k < 3; k++) {
			double inv = 1 / d[k];
			double a = (bb[k] - o[k]) * inv, b = (bb[k + 3] - o[k]) * inv;
			if (a > b) {
				double tmp = a;
				a = b;
				b = tmp;
			}
			t0 = Math.max(t0, a);
			t1 = Math.min(t1, b);
			if (t0 > t1) {
				return false;
			}
		}
		return true;
	}

	private static double[] bounds(double[] tris) {
		double[] bb = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i < tris.length; i += 12) {
			for (int v = 0; v < 3; v++) {
				for (int k = 0; k < 3; k++) {
					double p = tris[i + k] + (v == 1 ? tris[i + 3 + k] : v == 2 ? tris[i + 6 + k] : 0);
					bb[k] = Math.min(bb[k], p - 1e-6);
					bb[k + 3] = Math.max(bb[k + 3], p + 1e-6);
				}
			}
		}
		return bb;
	}

	/** Collects primitives. */
	public static final class Builder {
		private final List<Double> quads = new ArrayList<>();
		private final List<Integer> quadKind = new ArrayList<>();
		private final List<Double> quadAlbedo = new ArrayList<>();
		private final List<Double> boxes = new ArrayList<>();
		private final List<Double> boxAlbedo = new ArrayList<>();
		private final List<Double> tris = new ArrayList<>();
		private final List<Double> triAlbedo = new ArrayList<>();
		private final List<Double> spheres = new ArrayList<>();
		private final List<Double> cylinders = new ArrayList<>();
		private final List<Double> figureAlbedo = new ArrayList<>();

		/** A parallelogram p0 + a·u + b·v (a, b in 0..1) facing {@code normal}; returns its index. */
		public int quad(Vec3 p0, Vec3 u, Vec3 v, Vec3 normal, double albedo, int kind) {
			Vec3 n = normal.unit();
			for (Vec3 w : new Vec3[] { p0, u, v, n }) {
				quads.add(w.x());
				quads.add(w.y());
				quads.add(w.z());
			}
			quadKind.add(kind);
			quadAlbedo.add(albedo);
			return quadKind.size() - 1;
		}

		/** A box centred at (x, y) on the plan standing from z0, turned {@code rotationDegrees} about z. */
		public void box(double x, double y, double z0, double width, double depth, double height, double rotationDegrees, double albedo) {
			double r = Math.toRadians(rotationDegrees);
			for (double d : new double[] { x, y, z0, width / 2, depth / 2, height, Math.cos(r), Math.sin(r) }) {
				boxes.add(d);
			}
			boxAlbedo.add(albedo);
		}

		/** A triangle. */
		public void triangle(Vec3 a, Vec3 b, Vec3 c, double albedo) {
			Vec3 e1 = b.minus(a);
			Vec3 e2 = c.minus(a);
			Vec3 n = e1.cross(e2).unit();
			for (Vec3 w : new Vec3[] { a, e1, e2, n }) {
				tris.add(w.x());
				tris.add(w.y());
				tris.add(w.z());
			}
			triAlbedo.add(albedo);
		}

		/** A standing person: a body cylinder and a head sphere. */
		public void figure(double x, double y, double shoulderZ, double headZ, double headRadius, double bodyRadius, double skin, double clothes) {
			spheres.add(x);
			spheres.add(y);
			spheres.add(headZ);
			spheres.add(headRadius);
			cylinders.add(x);
			cylinders.add(y);
			cylinders.add(0.0);
			cylinders.add(shoulderZ);
			cylinders.add(bodyRadius);
			figureAlbedo.add(skin);
			figureAlbedo.add(clothes);
		}

		/** The geometry. */
		public Geometry build() {
			return new Geometry(this);
		}
	}
}
