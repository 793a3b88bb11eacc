// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;
import org.junit.jupiter.api.Test;

/** The renderer's ray caster finds what the engine's geometry finds, and its culling never drops a blocker. */
class TracerTest {
	private static Geometry set() {
		Geometry.Builder b = new Geometry.Builder();
		b.quad(Vec3.ZERO, new Vec3(10, 0, 0), new Vec3(0, 10, 0), Vec3.UP, 0.2, Geometry.FLOOR);
		b.quad(new Vec3(0, 10, 0), new Vec3(10, 0, 0), new Vec3(0, 0, 4), new Vec3(0, -1, 0), 0.5, Geometry.WALL);
		b.quad(new Vec3(10, 0, 0), new Vec3(0, 10, 0), new Vec3(0, 0, 4), new Vec3(-1, 0, 0), 0.04, Geometry.LED);
		b.box(3, 4, 0, 1, 2, 1.5, 30, 0.3);
		b.box(6, 6, 0.5, 0.5, 0.5, 0.5, 0, 0.6);
		b.figure(5, 3, 1.45, 1.62, 0.12, 0.2, 0.35, 0.25);
		b.figure(7, 8, 1.45, 1.62, 0.12, 0.2, 0.35, 0.25);
		Random r = new Random(3);
		for (int k = 0; k < 200; k++) {
			Vec3 a = new Vec3(1 + r.nextDouble() * 8, 1 + r.nextDouble() * 8, r.nextDouble() * 3);
			b.triangle(a, a.plus(new Vec3(r.nextDouble() * 0.4, r.nextDouble() * 0.4, r.nextDouble() * 0.4)),
					a.plus(new Vec3(r.nextDouble() * 0.4, r.nextDouble() * 0.4, r.nextDouble() * 0.4)), 0.7);
		}
		return b.build();
	}

	@Test
	void hitsMatchTheGeometry() {
		Geometry g = set();
		Tracer t = new Tracer(g.flat());
		Random r = new Random(7);
		Hit expected = new Hit();
		Tracer.Hit actual = new Tracer.Hit();
		int hits = 0;
		for (int n = 0; n < 20000; n++) {
			Vec3 o = new Vec3(r.nextDouble() * 10, r.nextDouble() * 10, r.nextDouble() * 4);
			Vec3 d = new Vec3(r.nextGaussian(), r.nextGaussian(), r.nextGaussian()).unit();
			boolean a = g.hit(o.x(), o.y(), o.z(), d.x(), d.y(), d.z(), expected);
			boolean b = t.hit(o.x(), o.y(), o.z(), d.x(), d.y(), d.z(), actual);
			assertEquals(a, b, "ray " + n); //$NON-NLS-1$
			if (a) {
				hits++;
				assertEquals(expected.t, actual.t, 1e-9, "ray " + n); //$NON-NLS-1$
				assertEquals(expected.kind, actual.kind, "ray " + n); //$NON-NLS-1$
				assertEquals(expected.index, actual.index, "ray " + n); //$NON-NLS-1$
				assertEquals(expected.albedo, actual.albedo, 1e-12);
				assertEquals(expected.nx, actual.nx, 1e-9);
				assertEquals(expected.ny, actual.ny, 1e-9);
				assertEquals(expected.nz, actual.nz, 1e-9);
			}
		}
		assertTrue(hits > 10000);
	}

	@Test
	void culledShadowRaysAgreeWithTheGeometry() {
		Geometry g = set();
		Tracer t = new Tracer(g.flat());
		Tracer.Cull cull = t.newCull();
		Random r = new Random(11);
		int blocked = 0;
		for (int n = 0; n < 2000; n++) {
			double[] tile = new double[6];
			Vec3 corner = new Vec3(r.nextDouble() * 9, r.nextDouble() * 9, r.nextDouble() * 2);
			Vec3 size = new Vec3(r.nextDouble(), r.nextDouble(), r.nextDouble() * 0.5);
			for (int a = 0; a < 3; a++) {
				tile[a] = a == 0 ? corner.x() : a == 1 ? corner.y() : corner.z();
				tile[a + 3] = tile[a] + (a == 0 ? size.x() : a == 1 ? size.y() : size.z());
			}
			double[] light = { r.nextDouble() * 10, r.nextDouble() * 10, 1 + r.nextDouble() * 3 };
			t.cull(tile, light, 1, cull);
			for (int k = 0; k < 20; k++) {
				double px = tile[0] + r.nextDouble() * (tile[3] - tile[0]);
				double py = tile[1] + r.nextDouble() * (tile[4] - tile[1]);
				double pz = tile[2] + r.nextDouble() * (tile[5] - tile[2]);
				double dx = light[0] - px, dy = light[1] - py, dz = light[2] - pz;
				double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
				boolean expected = g.occluded(px, py, pz, dx / d, dy / d, dz / d, d - 1e-3);
				assertEquals(expected, t.occluded(px, py, pz, dx / d, dy / d, dz / d, d - 1e-3, cull, new int[64]), "ray " + n + "/" + k); //$NON-NLS-1$ //$NON-NLS-2$
				if (expected) {
					blocked++;
				}
			}
		}
		assertTrue(blocked > 1000, "blocked " + blocked); //$NON-NLS-1$
	}
}
