// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;
import org.backlot.lighting.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Per-actor meter readings of a scene (see {@link ActorReading}). */
public final class Readouts {
	/** Stops over the shooting stop at which a face clips. */
	public static final double CLIP_STOPS = 2.5;
	/** Stops under the shooting stop at which a face is too dark. */
	public static final double DARK_STOPS = -3;
	/** A shadow side this many stops under the key loses all detail. */
	public static final double DEEP_SHADOW_STOPS = 5;
	/** Duv beyond which a green or magenta cast shows. */
	public static final double CAST_DUV = 0.006;
	/** Two sources this many kelvin apart, each giving a quarter of the light, make mixed colour. */
	public static final double MIXED_KELVIN = 1500;

	private static final double METER = Actor.HEAD_RADIUS + 0.02;
	private static final double CHEEK_DEGREES = 60;

	private Readouts() {
	}

	/** The readings of every actor in the scene. */
	public static List<ActorReading> of(Illuminance light) {
		List<ActorReading> out = new ArrayList<>();
		for (Actor a : light.scene().actors()) {
			out.add(of(light, a));
		}
		return out;
	}

	/** The reading of one actor. */
	public static ActorReading of(Illuminance light, Actor a) {
		LightScene scene = light.scene();
		Vec3 toCamera = scene.camera() != null ? flat(scene.camera().position().minus(a.head())) : a.facing();
		Vec3 meterDir = toCamera.length() > 0 ? toCamera : a.facing();
		Illuminance.Reading face = light.at(a.head().plus(meterDir.times(METER)), meterDir);
		Vec3 left = turn(a.facing(), CHEEK_DEGREES);
		Vec3 right = turn(a.facing(), -CHEEK_DEGREES);
		Illuminance.Reading l = light.at(a.head().plus(left.times(METER)), left);
		Illuminance.Reading r = light.at(a.head().plus(right.times(METER)), right);
		Illuminance.Reading key = l.lux() >= r.lux() ? l : r;
		double fill = Math.min(l.lux(), r.lux());
		double ratio = key.lux() <= 0 ? 0 : Exposure.stops(key.lux(), Math.max(fill, key.lux() / 1024));
		double stop = Exposure.tStop(face.lux(), scene.iso(), scene.shutterSeconds());
		double exposure = face.lux() <= 0 ? Double.NEGATIVE_INFINITY : Exposure.stops(face.lux(), Exposure.lux(scene.shootingStop(), scene.iso(), scene.shutterSeconds()));
		String keyName = strongest(scene, key.perSource());
		double separation = separation(light, a, face.lux());
		List<String> warnings = warnings(scene, a, face, exposure, ratio);
		return new ActorReading(a.id(), a.name(), face.lux(), stop, exposure, key.lux(), fill, ratio, face.kelvin(), face.duv(), keyName, separation,
				warnings, inFrame(scene.camera(), a.head()));
	}

	/** Whether the point is inside a 16:9 frame of the camera. */
	static boolean inFrame(Camera camera, Vec3 p) {
		if (camera == null) {
			return true;
		}
		Vec3 d = p.minus(camera.position());
		double ahead = d.dot(camera.forward());
		if (ahead <= 0) {
			return false;
		}
		double h = Math.tan(Math.toRadians(camera.horizontalFovDegrees() / 2)) * ahead;
		return Math.abs(d.dot(camera.right())) <= h && Math.abs(d.dot(camera.up())) <= h * 9 / 16;
	}

	private static double separation(Illuminance light, Actor a, double faceLux) {
		LightScene scene = light.scene();
		if (scene.camera() == null) {
			return 0;
		}
		Vec3 dir = a.head().minus(scene.camera().position()).unit();
		Vec3 start = a.head().plus(dir.times(Actor.HEAD_RADIUS + Actor.BODY_RADIUS + 0.05));
		Hit hit = new Hit();
		if (!scene.geometry().hit(start.x(), start.y(), start.z(), dir.x(), dir.y(), dir.z(), hit)) {
			return Double.POSITIVE_INFINITY;
		}
		Vec3 p = start.plus(dir.times(hit.t));
		double background;
		if (hit.kind == Geometry.LED && scene.ledWall() != null) {
			background = scene.ledWall().nits() * 0.5;
		} else {
			background = hit.albedo * light.lux(p, new Vec3(hit.nx, hit.ny, hit.nz)) / Math.PI;
		}
		double subject = Actor.SKIN * faceLux / Math.PI;
		return Exposure.stops(subject, Math.max(background, 1e-6));
	}

	private static List<String> warnings(LightScene scene, Actor a, Illuminance.Reading face, double exposure, double ratio) {
		List<String> w = new ArrayList<>();
		String stop = Exposure.format(scene.shootingStop());
		if (face.lux() <= 0) {
			w.add(NLS.bind(Messages.warnUnlit, a.name()));
			return w;
		}
		if (exposure > CLIP_STOPS) {
			w.add(NLS.bind(Messages.warnClipping, new Object[] { a.name(), one(exposure), stop }));
		} else if (exposure < DARK_STOPS) {
			w.add(NLS.bind(Messages.warnTooDark, new Object[] { a.name(), one(-exposure), stop }));
		}
		if (ratio > DEEP_SHADOW_STOPS) {
			w.add(NLS.bind(Messages.warnDeepShadow, a.name(), one(ratio)));
		}
		if (Math.abs(face.duv()) > CAST_DUV) {
			w.add(NLS.bind(Messages.warnColourCast, new Object[] { a.name(), face.duv() > 0 ? Messages.green : Messages.magenta,
					String.format(Locale.ROOT, "%+.3f", face.duv()) })); //$NON-NLS-1$
		}
		mixed(scene, a, face, w);
		return w;
	}

	private static void mixed(LightScene scene, Actor a, Illuminance.Reading face, List<String> w) {
		double[] each = face.perSource();
		int warm = -1;
		int cool = -1;
		for (int i = 0; i < each.length; i++) {
			if (each[i] < face.lux() / 4) {
				continue;
			}
			Source s = scene.sources().get(i);
			if (warm < 0 || s.kelvin < scene.sources().get(warm).kelvin) {
				warm = i;
			}
			if (cool < 0 || s.kelvin > scene.sources().get(cool).kelvin) {
				cool = i;
			}
		}
		if (warm >= 0 && cool >= 0 && scene.sources().get(cool).kelvin - scene.sources().get(warm).kelvin > MIXED_KELVIN) {
			Source c = scene.sources().get(cool);
			Source h = scene.sources().get(warm);
			w.add(NLS.bind(Messages.warnMixed, new Object[] { a.name(), Math.round(c.kelvin), c.name, Math.round(h.kelvin), h.name }));
		}
	}

	private static String strongest(LightScene scene, double[] each) {
		int best = -1;
		for (int i = 0; i < each.length; i++) {
			if (each[i] > 0 && (best < 0 || each[i] > each[best])) {
				best = i;
			}
		}
		return best < 0 ? "" : scene.sources().get(best).name; //$NON-NLS-1$
	}

	private static String one(double v) {
		return String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
	}

	private static Vec3 flat(Vec3 v) {
		return new Vec3(v.x(), v.y(), 0).unit();
	}

	private static Vec3 turn(Vec3 v, double degrees) {
		double r = Math.toRadians(degrees);
		return new Vec3(v.x() * Math.cos(r) - v.y() * Math.sin(r), v.x() * Math.sin(r) + v.y() * Math.cos(r), 0).unit();
	}
}
