// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.render.Tracer;

/**
 * The set as primitives for ray casting, kept in flat arrays: quads (floor, walls, the LED wall), boxes turned
 * about z (set pieces), triangles (meshes), spheres (heads) and upright cylinders (bodies). Rays are cast by the
 * preview renderer's {@link Tracer}. Immutable once built; safe to share between render threads.
 */
public final class Geometry {
	/** Surface kinds reported in a {@link Hit}. */
	public static final int FLOOR = 0, WALL = 1, PIECE = 2, SKIN = 3, BODY = 4, LED = 5;

	private final double[] quads; // p0(3) u(3) v(3) n(3) = 12 per quad
	private final int[] quadKind;
	private final double[] quadAlbedo;
	private final double[] boxes; // cx cy z0 hx hy h cos sin = 8
	private final double[] boxAlbedo;
	private final double[] tris; // p0 e1 e2 n = 12
	private final double[] triAlbedo;
	private final double[] spheres; // cx cy cz r = 4
	private final double[] cylinders; // cx cy z0 z1 r = 5
	private final double[] figureAlbedo;
	private volatile Tracer tracer;

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

	/** Copies of the flat primitive arrays (the preview renderer keys its caches on their content). */
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
		return tracer().occluded(ox, oy, oz, dx, dy, dz, tMax);
	}

	/** The nearest surface along the ray, written into {@code hit}; false when the ray leaves the set. */
	public boolean hit(double ox, double oy, double oz, double dx, double dy, double dz, Hit hit) {
		hit.t = Double.POSITIVE_INFINITY;
		return tracer().hit(ox, oy, oz, dx, dy, dz, hit);
	}

	/** The ray caster over these primitives, made on first use and shared by every caller (the preview renderer too). */
	public Tracer tracer() {
		Tracer t = tracer;
		if (t == null) {
			synchronized (this) {
				if (tracer == null) {
					tracer = new Tracer(new Flat(quads, quadKind, quadAlbedo, boxes, boxAlbedo, tris, triAlbedo, spheres, cylinders, figureAlbedo));
				}
				t = tracer;
			}
		}
		return t;
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
