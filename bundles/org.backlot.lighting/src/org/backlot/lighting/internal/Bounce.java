// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Vec3;

/**
 * One bounce of indirect light: the floor and walls cut into patches, each lit directly and re-emitting as a
 * Lambertian surface (exitance ρ·E, intensity ρ·E·A/π along its normal); the patches then light any point,
 * without a second shadow test.
 */
public final class Bounce {
	/** Target patch size in metres. */
	private static final double PATCH_M = 0.5;
	/** At most this many patches per surface side. */
	private static final int MAX_SIDE = 40;

	private final double[] patches; // x y z nx ny nz I0 = 7

	private Bounce(double[] patches) {
		this.patches = patches;
	}

	/** The patches of a scene lit by {@code direct}. */
	public static Bounce of(LightScene scene, Illuminance direct) {
		List<double[]> out = new ArrayList<>();
		surfaces(scene, direct, out);
		double[] flat = new double[out.size() * 7];
		for (int i = 0; i < out.size(); i++) {
			System.arraycopy(out.get(i), 0, flat, i * 7, 7);
		}
		return new Bounce(flat);
	}

	private static void surfaces(LightScene scene, Illuminance direct, List<double[]> out) {
		Vec3 middle = new Vec3(scene.widthM() / 2, scene.depthM() / 2, scene.heightM() / 2);
		scene.geometry().forEachQuad((p0, u, v, n, albedo, kind) -> {
			if (kind != Geometry.FLOOR && kind != Geometry.WALL || albedo <= 0) {
				return;
			}
			Vec3 normal = n.dot(middle.minus(p0.plus(u.times(0.5)).plus(v.times(0.5)))) < 0 ? n.times(-1) : n;
			int nu = (int) Math.max(1, Math.min(MAX_SIDE, Math.round(u.length() / PATCH_M)));
			int nv = (int) Math.max(1, Math.min(MAX_SIDE, Math.round(v.length() / PATCH_M)));
			double area = u.length() * v.length() / (nu * nv);
			for (int i = 0; i < nu; i++) {
				for (int j = 0; j < nv; j++) {
					Vec3 c = p0.plus(u.times((i + 0.5) / nu)).plus(v.times((j + 0.5) / nv));
					double e = direct.lux(c, normal);
					if (e > 0) {
						out.add(new double[] { c.x(), c.y(), c.z(), normal.x(), normal.y(), normal.z(), albedo * e * area / Math.PI });
					}
				}
			}
		});
	}

	/** Indirect lux at a point facing a unit normal. */
	public double lux(double px, double py, double pz, double nx, double ny, double nz) {
		double e = 0;
		for (int i = 0; i < patches.length; i += 7) {
			double lx = patches[i] - px;
			double ly = patches[i + 1] - py;
			double lz = patches[i + 2] - pz;
			double d2 = lx * lx + ly * ly + lz * lz;
			if (d2 < 0.01) {
				d2 = 0.01;
			}
			double d = Math.sqrt(d2);
			double cosRecv = (lx * nx + ly * ny + lz * nz) / d;
			double cosEmit = -(lx * patches[i + 3] + ly * patches[i + 4] + lz * patches[i + 5]) / d;
			if (cosRecv > 0 && cosEmit > 0) {
				e += patches[i + 6] * cosEmit * cosRecv / d2;
			}
		}
		return e;
	}

	/** The number of patches. */
	public int size() {
		return patches.length / 7;
	}
}
