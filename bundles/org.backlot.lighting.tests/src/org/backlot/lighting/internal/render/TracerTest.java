// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;
import org.junit.jupiter.api.Test;

/**
 * The ray caster finds the nearest of what each primitive alone would give (so the mesh hierarchy and the
 * ordering drop nothing), and its culling never drops a blocker.
 */
class TracerTest {
	/** The test set's primitives one by one: each adds itself to a builder and says its index within its kind. */
	private record Part(Consumer<Geometry.Builder> add, int index) {
	}

	private static List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part(b -> b.quad(Vec3.ZERO, new Vec3(10, 0, 0), new Vec3(0, 10, 0), Vec3.UP, 0.2, Geometry.FLOOR), 0));
		parts.add(new Part(b -> b.quad(new Vec3(0, 10, 0), new Vec3(10, 0, 0), new Vec3(0, 0, 4), new Vec3(0, -1, 0), 0.5, Geometry.WALL), 1));
		parts.add(new Part(b -> b.quad(new Vec3(10, 0, 0), new Vec3(0, 10, 0), new Vec3(0, 0, 4), new Vec3(-1, 0, 0), 0.04, Geometry.LED), 2));
		parts.add(new Part(b -> b.box(3, 4, 0, 1, 2, 1.5, 30, 0.3), 0));
		parts.add(new Part(b -> b.box(6, 6, 0.5, 0.5, 0.5, 0.5, 0, 0.6), 1));
		parts.add(new Part(b -> b.figure(5, 3, 1.45, 1.62, 0.12, 0.2, 0.35, 0.25), 0));
		parts.add(new Part(b -> b.figure(7, 8, 1.45, 1.62, 0.12, 0.2, 0.35, 0.25), 1));
		Random r = new Random(3);
		for (int k = 0; k < 200; k++) {
			Vec3 a = new Vec3(1 + r.nextDouble() * 8, 1 + r.nextDouble() * 8, r.nextDouble() * 3);
			Vec3 b = a.plus(new Vec3(r.nextDouble() * 0.4, r.nextDouble() * 0.4, r.nextDouble() * 0.4));
			Vec3 c = a.plus(new Vec3(r.nextDouble() * 0.4, r.nextDouble() * 0.4, r.nextDouble() * 0.4));
			parts.add(new Part(g -> g.triangle(a, b, c, 0.7), k));
		}
		return parts;
	}

	private static Geometry of(List<Part> parts) {
		Geometry.Builder b = new Geometry.Builder();
		parts.forEach(p -> p.add().accept(b));
		return b.build();
	}

	private static Geometry set() {
		return of(parts());
	}

	@Test
	void theNearestHitIsTheNearestOfEachPrimitiveAlone() {
		List<Part> parts = parts();
		Geometry whole = of(parts);
		List<Geometry> alone = parts.stream().map(p -> of(List.of(p))).toList();
		Random r = new Random(7);
		Hit actual = new Hit();
		Hit one = new Hit();
		int hits = 0;
		for (int n = 0; n < 5000; n++) {
			Vec3 o = new Vec3(r.nextDouble() * 10, r.nextDouble() * 10, r.nextDouble() * 4);
			Vec3 d = new Vec3(r.nextGaussian(), r.nextGaussian(), r.nextGaussian()).unit();
			Hit expected = null;
			int index = -1;
			for (int k = 0; k < alone.size(); k++) {
				if (alone.get(k).hit(o.x(), o.y(), o.z(), d.x(), d.y(), d.z(), one) && (expected == null || one.t < expected.t)) {
					expected = new Hit();
					expected.set(one.t, one.nx, one.ny, one.nz, one.albedo, one.kind, one.index);
					index = parts.get(k).index();
				}
			}
			boolean found = whole.hit(o.x(), o.y(), o.z(), d.x(), d.y(), d.z(), actual);
			assertEquals(expected != null, found, "ray " + n); //$NON-NLS-1$
			assertEquals(found, whole.occluded(o.x(), o.y(), o.z(), d.x(), d.y(), d.z(), 100), "ray " + n); //$NON-NLS-1$
			if (found) {
				hits++;
				assertEquals(expected.t, actual.t, 1e-9, "ray " + n); //$NON-NLS-1$
				assertEquals(expected.kind, actual.kind, "ray " + n); //$NON-NLS-1$
				assertEquals(index, actual.index, "ray " + n); //$NON-NLS-1$
				assertEquals(expected.albedo, actual.albedo, 1e-12);
				assertEquals(expected.nx, actual.nx, 1e-9);
				assertEquals(expected.ny, actual.ny, 1e-9);
				assertEquals(expected.nz, actual.nz, 1e-9);
				assertFalse(whole.occluded(o.x(), o.y(), o.z(), d.x(), d.y(), d.z(), actual.t * 0.999), "nothing nearer, ray " + n); //$NON-NLS-1$
			}
		}
		assertTrue(hits > 2500);
	}

	@Test
	void culledShadowRaysAgreeWithTheGeometry() {
		Geometry g = set();
		Tracer t = g.tracer();
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
