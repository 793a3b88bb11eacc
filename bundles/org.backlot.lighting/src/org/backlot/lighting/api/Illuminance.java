// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.List;

import org.backlot.lighting.internal.Bounce;
import org.backlot.lighting.internal.Geometry;

/**
 * Illuminance at a point on a surface: E = I(γ)·cos θ / d² summed over the sources, area sources integrated
 * over a grid fine enough for 1 % at that distance, shadows by ray casting and, at {@link Quality#BOUNCE},
 * one bounce off the floor and walls. Thread-safe once built.
 */
public final class Illuminance {
	private static final double OFFSET = 1e-4;

	private final LightScene scene;
	private final Quality quality;
	private final Geometry geometry;
	private final List<Source> sources;
	private volatile Bounce bounce;

	/** A calculator for a scene at a quality. */
	public Illuminance(LightScene scene, Quality quality) {
		this.scene = scene;
		this.quality = quality;
		this.geometry = scene.geometry();
		this.sources = scene.sources();
	}

	/** The scene. */
	public LightScene scene() {
		return scene;
	}

	/** The quality. */
	public Quality quality() {
		return quality;
	}

	/** Lux at {@code p} on a surface facing unit {@code n}. */
	public double lux(Vec3 p, Vec3 n) {
		double e = 0;
		for (Source s : sources) {
			e += fromSource(s, p.x(), p.y(), p.z(), n.x(), n.y(), n.z());
		}
		return e + bounce(p, n);
	}

	/** Lux, colour and each source's share at {@code p} on a surface facing unit {@code n}. */
	public Reading at(Vec3 p, Vec3 n) {
		double[] each = new double[sources.size()];
		double bigX = 0;
		double bigY = 0;
		double bigZ = 0;
		for (int i = 0; i < each.length; i++) {
			Source s = sources.get(i);
			each[i] = fromSource(s, p.x(), p.y(), p.z(), n.x(), n.y(), n.z());
			bigX += s.x / s.y * each[i];
			bigY += each[i];
			bigZ += (1 - s.x - s.y) / s.y * each[i];
		}
		double b = bounce(p, n);
		double total = bigY + b;
		if (bigY <= 0) {
			return new Reading(total, 0, 0, 0, 0, each);
		}
		double x = bigX / (bigX + bigY + bigZ);
		double y = bigY / (bigX + bigY + bigZ);
		double[] cd = Colour.cctDuvOfXy(x, y);
		return new Reading(total, cd[0], cd[1], x, y, each);
	}

	/** Lux from one source at a point (px, py, pz) facing (nx, ny, nz), shadows per the quality. */
	public double fromSource(Source s, double px, double py, double pz, double nx, double ny, double nz) {
		double ox = px + nx * OFFSET;
		double oy = py + ny * OFFSET;
		double oz = pz + nz * OFFSET;
		if (!s.isArea()) {
			return point(s, s.position.x(), s.position.y(), s.position.z(), s.candela, ox, oy, oz, nx, ny, nz, quality.shadows());
		}
		double dist = s.position.minus(new Vec3(px, py, pz)).length();
		int n = s.samplesPerSide(dist);
		double share = s.candela / (n * n);
		boolean each = quality.softShadows();
		boolean lit = !quality.shadows() || each || visible(s.position.x(), s.position.y(), s.position.z(), ox, oy, oz);
		if (!lit) {
			return 0;
		}
		double[] q = new double[3];
		double e = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				s.sample(i, j, n, q);
				e += point(s, q[0], q[1], q[2], share, ox, oy, oz, nx, ny, nz, each);
			}
		}
		return e;
	}

	private double point(Source s, double sx, double sy, double sz, double candela, double px, double py, double pz, double nx, double ny, double nz,
			boolean shadow) {
		double lx = sx - px;
		double ly = sy - py;
		double lz = sz - pz;
		double d2 = lx * lx + ly * ly + lz * lz;
		double d = Math.sqrt(d2);
		double cos = (lx * nx + ly * ny + lz * nz) / d;
		if (cos <= 0 || d2 < 1e-12) {
			return 0;
		}
		double intensity = candela / s.candela * s.candelaToward(-lx / d, -ly / d, -lz / d);
		if (intensity <= 0 || shadow && !visible(sx, sy, sz, px, py, pz)) {
			return 0;
		}
		return intensity * cos / d2;
	}

	/** Whether nothing stands between a point on a source and a point in the set. */
	public boolean visible(double sx, double sy, double sz, double px, double py, double pz) {
		double dx = sx - px;
		double dy = sy - py;
		double dz = sz - pz;
		double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
		return !geometry.occluded(px, py, pz, dx / d, dy / d, dz / d, d - 1e-3);
	}

	private double bounce(Vec3 p, Vec3 n) {
		if (quality != Quality.BOUNCE) {
			return 0;
		}
		Bounce b = bounce;
		if (b == null) {
			synchronized (this) {
				if (bounce == null) {
					bounce = Bounce.of(scene, new Illuminance(scene, Quality.SOFT_SHADOWS));
				}
				b = bounce;
			}
		}
		return b.lux(p.x(), p.y(), p.z(), n.x(), n.y(), n.z());
	}

	/** The indirect light at a point, from the one-bounce patches (0 below {@link Quality#BOUNCE}). */
	public double bounceLux(double px, double py, double pz, double nx, double ny, double nz) {
		return quality == Quality.BOUNCE ? bounce(new Vec3(px, py, pz), new Vec3(nx, ny, nz)) : 0;
	}

	/** Illuminance at a point with its colour and each source's share (same order as the scene's sources). */
	public record Reading(double lux, double kelvin, double duv, double x, double y, double[] perSource) {
	}
}
