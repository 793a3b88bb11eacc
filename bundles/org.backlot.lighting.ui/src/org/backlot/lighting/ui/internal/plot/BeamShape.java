// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where a lamp's cone meets the floor, seen from above: the outline (in floor
 * metres) of the lamp and the cone's footprint, as a convex polygon. Rays that
 * never reach the floor (a lamp aimed level or up), or reach it further than a
 * cap, stop at the cap's horizontal distance, so the shape shows how far the
 * beam throws.
 */
final class BeamShape {
	private static final int SAMPLES = 36;

	private BeamShape() {
	}

	/**
	 * The outline for a lamp at (x, y) and {@code z} metres high, aimed {@code pan} degrees counter-clockwise
	 * from +x and {@code tilt} degrees (negative down), for a cone {@code angle} degrees wide, capped at
	 * {@code capM} metres from the lamp: points {x, y} counter-clockwise.
	 */
	static List<double[]> outline(double x, double y, double z, double pan, double tilt, double angle, double capM) {
		double[] axis = direction(pan, tilt);
		double[] u = perpendicular(axis);
		double[] v = cross(axis, u);
		double half = Math.toRadians(Math.max(0.5, Math.min(179, angle)) / 2);
		List<double[]> pts = new ArrayList<>();
		pts.add(new double[] { x, y });
		for (int k = 0; k < SAMPLES; k++) {
			double t = 2 * Math.PI * k / SAMPLES;
			double[] d = new double[3];
			for (int i = 0; i < 3; i++) {
				d[i] = axis[i] * Math.cos(half) + (u[i] * Math.cos(t) + v[i] * Math.sin(t)) * Math.sin(half);
			}
			pts.add(reach(x, y, z, d, capM));
		}
		return hull(pts);
	}

	/** The part of a convex outline inside a rectangle (the set's floor: light stops at its walls). */
	static List<double[]> clip(List<double[]> outline, double x0, double y0, double x1, double y1) {
		List<double[]> out = outline;
		out = clipEdge(out, p -> p[0] - x0, 0, x0);
		out = clipEdge(out, p -> x1 - p[0], 0, x1);
		out = clipEdge(out, p -> p[1] - y0, 1, y0);
		out = clipEdge(out, p -> y1 - p[1], 1, y1);
		return out;
	}

	private static List<double[]> clipEdge(List<double[]> in, java.util.function.ToDoubleFunction<double[]> inside, int axis, double at) {
		List<double[]> out = new ArrayList<>();
		for (int i = 0; i < in.size(); i++) {
			double[] a = in.get(i);
			double[] b = in.get((i + 1) % in.size());
			double da = inside.applyAsDouble(a);
			double db = inside.applyAsDouble(b);
			if (da >= 0) {
				out.add(a);
			}
			if (da >= 0 != db >= 0) {
				double t = (at - a[axis]) / (b[axis] - a[axis]);
				out.add(new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) });
			}
		}
		return out;
	}

	/** The horizontal distance from the lamp to where its axis meets the floor, or {@code capM} when it does not within the cap. */
	static double throwM(double z, double tilt, double capM) {
		double down = -Math.sin(Math.toRadians(tilt));
		if (down <= 1e-6 || z <= 0) {
			return capM;
		}
		return Math.min(capM, z / Math.tan(Math.toRadians(-tilt)));
	}

	private static double[] reach(double x, double y, double z, double[] d, double capM) {
		double flat = Math.hypot(d[0], d[1]);
		double t = Double.POSITIVE_INFINITY;
		if (d[2] < -1e-9 && z > 0) {
			t = z / -d[2];
		}
		if (flat > 1e-9) {
			t = Math.min(t, capM / flat);
		}
		if (Double.isInfinite(t)) {
			return new double[] { x, y };
		}
		return new double[] { x + d[0] * t, y + d[1] * t };
	}

	/** The unit direction of pan and tilt (degrees). */
	static double[] direction(double pan, double tilt) {
		double p = Math.toRadians(pan);
		double t = Math.toRadians(tilt);
		return new double[] { Math.cos(t) * Math.cos(p), Math.cos(t) * Math.sin(p), Math.sin(t) };
	}

	private static double[] perpendicular(double[] a) {
		double[] other = Math.abs(a[2]) < 0.9 ? new double[] { 0, 0, 1 } : new double[] { 1, 0, 0 };
		double[] c = cross(a, other);
		double n = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
		return new double[] { c[0] / n, c[1] / n, c[2] / n };
	}

	private static double[] cross(double[] a, double[] b) {
		return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
	}

	/** The convex hull of points (Andrew's monotone chain), counter-clockwise. */
	static List<double[]> hull(List<double[]> points) {
		double[][] p = points.toArray(new double[0][]);
		Arrays.sort(p, Comparator.<double[]> comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
		int n = p.length;
		if (n < 3) {
			return List.of(p);
		}
		double[][] h = new double[2 * n][];
		int k = 0;
		for (int i = 0; i < n; i++) {
			while (k >= 2 && turn(h[k - 2], h[k - 1], p[i]) <= 0) {
				k--;
			}
			h[k++] = p[i];
		}
		for (int i = n - 2, lower = k + 1; i >= 0; i--) {
			while (k >= lower && turn(h[k - 2], h[k - 1], p[i]) <= 0) {
				k--;
			}
			h[k++] = p[i];
		}
		return List.of(Arrays.copyOf(h, Math.max(1, k - 1)));
	}

	private static double turn(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}
}
