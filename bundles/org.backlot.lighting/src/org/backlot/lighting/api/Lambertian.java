// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** A perfectly diffuse emitter: intensity falls with the cosine of the angle from the face's normal. */
public final class Lambertian implements Distribution {
	/** The one instance. */
	public static final Lambertian INSTANCE = new Lambertian();

	@Override
	public double relative(double gammaDegrees, double cDegrees) {
		return gammaDegrees >= 90 ? 0 : Math.cos(Math.toRadians(gammaDegrees));
	}
}
