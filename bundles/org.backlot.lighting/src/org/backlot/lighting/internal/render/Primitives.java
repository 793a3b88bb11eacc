// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;

/**
 * A {@link Geometry}'s quads, boxes, spheres and cylinders with a bounding box each, and their ray tests (hit
 * distance, which side a normal faces), without allocation; mesh triangles are in {@link TriangleBvh}.
 */
final class Primitives {
	private static final double EPS = Tracer.EPS;

	final double[] quads, quadAlbedo, boxes, boxAlbedo, spheres, cylinders, figureAlbedo;
	final int[] quadKind;
	final int nq, nb, ns, nc;
	final double[] quadBox, boxBox, sphereBox, cylinderBox;
	/** Bounding spheres (x y z r) of the boxes and the cylinders. */
	final double[] boxBall, cylinderBall;
	private final double[] invUU, invVV;

	Primitives(Geometry.Flat f) {
		quads = f.quads();
		quadKind = f.quadKind();
		quadAlbedo = f.quadAlbedo();
		boxes = f.boxes();
		boxAlbedo = f.boxAlbedo();
		spheres = f.spheres();
		cylinders = f.cylinders();
		figureAlbedo = f.figureAlbedo();
		nq = quadKind.length;
		nb = boxAlbedo.length;
		ns = spheres.length / 4;
		nc = cylinders.length / 5;
		invUU = new double[nq];
		invVV = new double[nq];
		quadBox = new double[nq * 6];
		for (int k = 0, i = 0; k < nq; k++, i += 12) {
			invUU[k] = 1 / (quads[i + 3] * quads[i + 3] + quads[i + 4] * quads[i + 4] + quads[i + 5] * quads[i + 5]);
			invVV[k] = 1 / (quads[i + 6] * quads[i + 6] + quads[i + 7] * quads[i + 7] + quads[i + 8] * quads[i + 8]);
			for (int a = 0; a < 3; a++) {
				double p0 = quads[i + a], u = quads[i + 3 + a], v = quads[i + 6 + a];
				quadBox[k * 6 + a] = p0 + Math.min(0, u) + Math.min(0, v) - 1e-6;
				quadBox[k * 6 + 3 + a] = p0 + Math.max(0, u) + Math.max(0, v) + 1e-6;
			}
		}
		boxBox = new double[nb * 6];
		for (int k = 0, i = 0; k < nb; k++, i += 8) {
			double ex = Math.abs(boxes[i + 3] * boxes[i + 6]) + Math.abs(boxes[i + 4] * boxes[i + 7]);
			double ey = Math.abs(boxes[i + 3] * boxes[i + 7]) + Math.abs(boxes[i + 4] * boxes[i + 6]);
			put(boxBox, k, boxes[i] - ex, boxes[i + 1] - ey, boxes[i + 2], boxes[i] + ex, boxes[i + 1] + ey, boxes[i + 2] + boxes[i + 5]);
		}
		boxBall = new double[nb * 4];
		for (int k = 0, i = 0; k < nb; k++, i += 8) {
			double hx = boxes[i + 3], hy = boxes[i + 4], hz = boxes[i + 5] / 2;
			ball(boxBall, k, boxes[i], boxes[i + 1], boxes[i + 2] + hz, Math.sqrt(hx * hx + hy * hy + hz * hz));
		}
		cylinderBall = new double[nc * 4];
		for (int k = 0, i = 0; k < nc; k++, i += 5) {
			double r = cylinders[i + 4], hz = (cylinders[i + 3] - cylinders[i + 2]) / 2;
			ball(cylinderBall, k, cylinders[i], cylinders[i + 1], cylinders[i + 2] + hz, Math.sqrt(r * r + hz * hz));
		}
		sphereBox = new double[ns * 6];
		for (int k = 0, i = 0; k < ns; k++, i += 4) {
			double r = spheres[i + 3];
			put(sphereBox, k, spheres[i] - r, spheres[i + 1] - r, spheres[i + 2] - r, spheres[i] + r, spheres[i + 1] + r, spheres[i + 2] + r);
		}
		cylinderBox = new double[nc * 6];
		for (int k = 0, i = 0; k < nc; k++, i += 5) {
			double r = cylinders[i + 4];
			put(cylinderBox, k, cylinders[i] - r, cylinders[i + 1] - r, cylinders[i + 2], cylinders[i] + r, cylinders[i + 1] + r, cylinders[i + 3]);
		}
	}

	private static void put(double[] box, int k, double x0, double y0, double z0, double x1, double y1, double z1) {
		double pad = 1e-6;
		box[k * 6] = x0 - pad;
		box[k * 6 + 1] = y0 - pad;
		box[k * 6 + 2] = z0 - pad;
		box[k * 6 + 3] = x1 + pad;
		box[k * 6 + 4] = y1 + pad;
		box[k * 6 + 5] = z1 + pad;
	}

	private static void ball(double[] balls, int k, double x, double y, double z, double r) {
		balls[k * 4] = x;
		balls[k * 4 + 1] = y;
		balls[k * 4 + 2] = z;
		balls[k * 4 + 3] = r * (1 + 1e-9) + 1e-6;
	}

	/** Whether quad {@code k}'s plane has some of the tile box's corners or light points strictly on each side. */
	boolean separates(int k, double[] tile, double[] points, int n) {
		int i = k * 12;
		double nx = quads[i + 9], ny = quads[i + 10], nz = quads[i + 11];
		double c = nx * quads[i] + ny * quads[i + 1] + nz * quads[i + 2];
		double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
		for (int corner = 0; corner < 8; corner++) {
			double d = nx * tile[(corner & 1) == 0 ? 0 : 3] + ny * tile[(corner & 2) == 0 ? 1 : 4] + nz * tile[(corner & 4) == 0 ? 2 : 5] - c;
			lo = Math.min(lo, d);
			hi = Math.max(hi, d);
		}
		for (int m = 0; m < n; m++) {
			double d = nx * points[m * 3] + ny * points[m * 3 + 1] + nz * points[m * 3 + 2] - c;
			lo = Math.min(lo, d);
			hi = Math.max(hi, d);
		}
		return lo < -1e-9 && hi > 1e-9;
	}

	double quad(int k, double ox, double oy, double oz, double dx, double dy, double dz) {
		int i = k * 12;
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
		double a = (hx * quads[i + 3] + hy * quads[i + 4] + hz * quads[i + 5]) * invUU[k];
		double b = (hx * quads[i + 6] + hy * quads[i + 7] + hz * quads[i + 8]) * invVV[k];
		return a >= 0 && a <= 1 && b >= 0 && b <= 1 ? t : -1;
	}

	/** Box {@code k}: its distance if below {@code best} (else +∞), with the hit written when {@code hit} is given. */
	double box(int k, double ox, double oy, double oz, double dx, double dy, double dz, double best, Hit hit) {
		int i = k * 8;
		double c = boxes[i + 6], s = boxes[i + 7];
		double rx = ox - boxes[i], ry = oy - boxes[i + 1];
		double hz = boxes[i + 5] / 2;
		double lx = c * rx + s * ry, ly = -s * rx + c * ry, lz = oz - boxes[i + 2] - hz;
		double ldx = c * dx + s * dy, ldy = -s * dx + c * dy;
		double tNear = -Double.MAX_VALUE, tFar = Double.MAX_VALUE;
		int axis = 0;
		double sign = 1;
		for (int a = 0; a < 3; a++) {
			double o = a == 0 ? lx : a == 1 ? ly : lz;
			double d = a == 0 ? ldx : a == 1 ? ldy : dz;
			double h = a == 0 ? boxes[i + 3] : a == 1 ? boxes[i + 4] : hz;
			if (Math.abs(d) < 1e-12) {
				if (o < -h || o > h) {
					return Double.POSITIVE_INFINITY;
				}
				continue;
			}
			double t1 = (-h - o) / d, t2 = (h - o) / d;
			double sg = -1;
			if (t1 > t2) {
				double tmp = t1;
				t1 = t2;
				t2 = tmp;
				sg = 1;
			}
			if (t1 > tNear) {
				tNear = t1;
				axis = a;
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
			hit.set(t, c * nlx - s * nly, s * nlx + c * nly, nz, boxAlbedo[k], Geometry.PIECE, k);
		}
		return t;
	}

	double sphere(int k, double ox, double oy, double oz, double dx, double dy, double dz) {
		int i = k * 4;
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

	/** Cylinder {@code k}: its distance if below {@code best} (else +∞), with the hit written when {@code hit} is given. */
	double cylinder(int k, double ox, double oy, double oz, double dx, double dy, double dz, double best, Hit hit) {
		int i = k * 5;
		double z0 = cylinders[i + 2], z1 = cylinders[i + 3], r = cylinders[i + 4];
		double lx = ox - cylinders[i], ly = oy - cylinders[i + 1];
		double a = dx * dx + dy * dy;
		double result = Double.POSITIVE_INFINITY;
		double albedo = figureAlbedo[k * 2 + 1];
		if (a > 1e-12) {
			double b = lx * dx + ly * dy;
			double c = lx * lx + ly * ly - r * r;
			double disc = b * b - a * c;
			if (disc >= 0) {
				double sq = Math.sqrt(disc);
				for (int root = 0; root < 2; root++) {
					double t = (root == 0 ? -b - sq : -b + sq) / a;
					double z = oz + dz * t;
					if (t > EPS && t < best && z >= z0 && z <= z1) {
						result = t;
						if (hit != null) {
							hit.set(t, (lx + dx * t) / r, (ly + dy * t) / r, 0, albedo, Geometry.BODY, k);
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
					hit.set(t, 0, 0, 1, albedo, Geometry.BODY, k);
				}
			}
		}
		return result;
	}
}
