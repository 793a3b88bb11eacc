// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** The camera of a set-up: where it stands, where it looks and how wide it sees. */
public record Camera(Vec3 position, Vec3 forward, Vec3 right, Vec3 up, double horizontalFovDegrees) {
	/** A camera at {@code position} looking along pan/tilt (degrees) with this horizontal angle of view. */
	public static Camera of(Vec3 position, double panDegrees, double tiltDegrees, double horizontalFovDegrees) {
		Vec3 f = Vec3.ofAngles(panDegrees, tiltDegrees);
		Vec3 r = f.cross(Vec3.UP).unit();
		if (r.length() == 0) {
			r = new Vec3(1, 0, 0);
		}
		return new Camera(position, f, r, r.cross(f).unit(), horizontalFovDegrees);
	}

	/** The unit ray through normalised image coordinates u (−1 left … 1 right) and v (−1 bottom … 1 top) for an aspect ratio. */
	public Vec3 ray(double u, double v, double aspect) {
		double h = Math.tan(Math.toRadians(horizontalFovDegrees / 2));
		return forward.plus(right.times(u * h)).plus(up.times(v * h / aspect)).unit();
	}
}
