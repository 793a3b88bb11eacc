// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;

/**
 * One lamp of a trial set-up: its role, type, gel and diffusion, where it stands as azimuth, elevation and
 * distance round the point it is aimed at, and its output as a fraction of full (before the dimmer curve).
 */
final class Lamp {
	/** Roles, as stored in {@link org.backlot.lighting.api.PlacedFixture#role()}. */
	static final String KEY = "key", FILL = "fill", BACK = "back", BACKGROUND = "background"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The nearest a lamp may come to what it lights. */
	static final double MIN_DISTANCE = 0.9;

	final String role;
	final FixtureType type;
	Gel gel;
	double diffusion;
	/** The full-output source at some position; moved copies are made from it. */
	Source template;
	/** The aim point and the frame the angles are measured in (forward and left, both horizontal). */
	final Vec3 anchor, forward, left;
	final double wantedAzimuth, wantedElevation;
	double azimuth, elevation, distance;
	/** The set's box the lamp must stay in: x, y, z minima and maxima. */
	final double[] box;
	double output = 1;

	Lamp(String role, FixtureType type, Vec3 anchor, Vec3 forward, double azimuth, double elevation, double distance, double[] box) {
		this.role = role;
		this.type = type;
		this.anchor = anchor;
		this.forward = forward;
		this.left = forward.cross(Vec3.UP).unit();
		this.wantedAzimuth = azimuth;
		this.wantedElevation = elevation;
		this.azimuth = azimuth;
		this.elevation = elevation;
		this.distance = distance;
		this.box = box;
		this.gel = Gel.NONE;
	}

	Lamp copy() {
		Lamp l = new Lamp(role, type, anchor, forward, wantedAzimuth, wantedElevation, distance, box);
		l.azimuth = azimuth;
		l.elevation = elevation;
		l.gel = gel;
		l.diffusion = diffusion;
		l.template = template;
		l.output = output;
		return l;
	}

	/** The unit direction from the aim point towards the lamp. */
	Vec3 direction() {
		double a = Math.toRadians(azimuth);
		double e = Math.toRadians(elevation);
		Vec3 flat = forward.times(Math.cos(a)).plus(left.times(Math.sin(a)));
		return flat.times(Math.cos(e)).plus(Vec3.UP.times(Math.sin(e)));
	}

	/** Where the lamp stands: at its distance, or nearer when that would be outside the set. */
	Vec3 position() {
		Vec3 d = direction();
		return anchor.plus(d.times(Math.max(Math.min(MIN_DISTANCE, distance), Math.min(distance, reach(d)))));
	}

	/** The lamp's beam axis: at the aim point. */
	Vec3 axis() {
		return anchor.minus(position()).unit();
	}

	/** The distance it actually stands at. */
	double actualDistance() {
		return position().minus(anchor).length();
	}

	/** The full-output source where the lamp stands. */
	Source source(String id, String name) {
		Source t = template;
		return new Source(id, name, position(), axis(), t.width, t.height, t.candela, t.distribution, t.kelvin, t.duv, new double[] { t.x, t.y },
				false);
	}

	/** How far from the anchor along {@code d} the set's box allows. */
	private double reach(Vec3 d) {
		double t = 50;
		double[] p = { anchor.x(), anchor.y(), anchor.z() };
		double[] v = { d.x(), d.y(), d.z() };
		for (int i = 0; i < 3; i++) {
			if (v[i] > 1e-9) {
				t = Math.min(t, (box[3 + i] - p[i]) / v[i]);
			} else if (v[i] < -1e-9) {
				t = Math.min(t, (box[i] - p[i]) / v[i]);
			}
		}
		return Math.max(0, t);
	}
}
