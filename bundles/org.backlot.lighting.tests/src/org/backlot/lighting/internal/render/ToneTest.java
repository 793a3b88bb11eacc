// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tone curve keeps mid grey, rolls highlights off to white, and its fixed-point form agrees. */
class ToneTest {
	@Test
	void middleGreyStaysAndHighlightsRollOff() {
		assertEquals(118, Tone.encode(0.18));
		assertEquals(0, Tone.encode(0));
		assertEquals(0, Tone.encode(-1));
		assertEquals(0, Tone.encode(Double.NaN));
		assertEquals(255, Tone.encode(100));
		assertTrue(Tone.encode(1) < 255 && Tone.encode(1) > 220);
		assertEquals(0.3, Tone.filmic(0.3), 1e-12);
		int previous = 0;
		for (double x = 0; x < 8; x += 0.001) {
			int v = Tone.encode(x);
			assertTrue(v >= previous, "monotone at " + x); //$NON-NLS-1$
			previous = v;
			assertEquals(v, Tone.encodeFixed((int) Math.round(x * (1 << Composer.BITS)), Composer.BITS), 1, "fixed point at " + x); //$NON-NLS-1$
		}
	}

	@Test
	void distributionTablesFollowTheDistribution() {
		var beam = new org.backlot.lighting.api.BeamDistribution(25, 45);
		DistTable t = DistTable.of(beam);
		assertTrue(t.symmetric);
		assertTrue(t.darkBehind);
		for (double g = 0; g < 180; g += 0.37) {
			assertEquals(beam.relative(g, 0), t.lookup(Math.cos(Math.toRadians(g))), 2e-3, "at " + g); //$NON-NLS-1$
		}
		assertEquals(t, DistTable.of(new org.backlot.lighting.api.BeamDistribution(25, 45)), "same content, same table"); //$NON-NLS-1$
		assertTrue(t != DistTable.of(new org.backlot.lighting.api.BeamDistribution(25, 46)));
		DistTable lambert = DistTable.of(org.backlot.lighting.api.Lambertian.INSTANCE);
		assertTrue(lambert.darkBehind);
		assertEquals(0.5, lambert.lookup(0.5), 1e-3);
	}
}
