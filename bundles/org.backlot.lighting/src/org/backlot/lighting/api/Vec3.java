// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** A point or direction on a set, in metres: x across, y into the set, z up (the blocking plan's axes). */
public record Vec3(double x, double y, double z) {
	/** The origin. */
	public static final Vec3 ZERO = new Vec3(0, 0, 0);
	/** Straight up. */
	public static final Vec3 UP = new Vec3(0, 0, 1);

	/** The unit direction of a pan (degrees counter-clockwise from +x) and a tilt (degrees, negative down). */
	public static Vec3 ofAngles(double panDegrees, double tiltDegrees) {
		double p = Math.toRadians(panDegrees);
		double t = Math.toRadians(tiltDegrees);
		return new Vec3(Math.cos(t) * Math.cos(p), Math.cos(t) * Math.sin(p), Math.sin(t));
	}

	/** This plus {@code o}. */
	public Vec3 plus(Vec3 o) {
		return new Vec3(x + o.x, y + o.y, z + o.z);
	}

	/** This minus {@code o}. */
	public Vec3 minus(Vec3 o) {
		return new Vec3(x - o.x, y - o.y, z - o.z);
	}

	/** This scaled by {@code k}. */
	public Vec3 times(double k) {
		return new Vec3(x * k, y * k, z * k);
	}

	/** The dot product. */
	public double dot(Vec3 o) {
		return x * o.x + y * o.y + z * o.z;
	}

	/** The cross product. */
	public Vec3 cross(Vec3 o) {
		return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
	}

	/** The length. */
	public double length() {
		return Math.sqrt(x * x + y * y + z * z);
	}

	/** This direction with length 1 (the zero vector stays zero). */
	public Vec3 unit() {
		double l = length();
		return l == 0 ? this : times(1 / l);
	}

	/** The pan of this direction in degrees (0..360, counter-clockwise from +x). */
	public double panDegrees() {
		double d = Math.toDegrees(Math.atan2(y, x));
		return d < 0 ? d + 360 : d;
	}

	/** The tilt of this direction in degrees (negative down). */
	public double tiltDegrees() {
		return Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
	}
}
