// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Diffusion widens and softens the beam, lowers the peak and enlarges the source. */
class DiffusionTest {
	private final Distribution spot = new BeamDistribution(20, 30);

	@Test
	void noDiffusionChangesNothing() {
		assertSame(spot, Diffusion.widen(spot, 20, 30, 0));
		assertEquals(1, Diffusion.peakFactor(20, 0));
		assertEquals(0.3, Diffusion.sizeM(0.3, 0));
	}

	@Test
	void theWidenedBeamHasTheNewBeamAndFieldAngles() {
		for (double d : new double[] { 0.25, 0.5, 1 }) {
			Distribution w = Diffusion.widen(spot, 20, 30, d);
			double beam = 20 + (110 - 20) * d;
			double field = 30 + (160 - 30) * d;
			assertEquals(1, w.relative(0, 0), 1e-9);
			assertEquals(0.5, w.relative(beam / 2, 0), 1e-9, () -> "beam at d = " + d); //$NON-NLS-1$
			assertEquals(0.1, w.relative(field / 2, 0), 1e-9, () -> "field at d = " + d); //$NON-NLS-1$
		}
	}

	@Test
	void theBaseShapeAroundTheAxisIsKept() {
		Distribution oval = (g, c) -> Math.max(0, 1 - g / (c < 45 || c > 315 ? 40.0 : 20.0));
		Distribution w = Diffusion.widen(oval, 20, 36, 0.3);
		assertTrue(w.relative(15, 0) > w.relative(15, 90));
	}

	@Test
	void thePeakFallsWithTheSolidAngleAndTheTransmission() {
		double wide = 20 + 90 * 0.5;
		double expected = (1 - Math.cos(Math.toRadians(10))) / (1 - Math.cos(Math.toRadians(wide / 2))) * 0.9;
		assertEquals(expected, Diffusion.peakFactor(20, 0.5), 1e-12);
		assertTrue(Diffusion.peakFactor(20, 1) < Diffusion.peakFactor(20, 0.5));
		assertEquals(0.8, Diffusion.peakFactor(120, 1), 1e-12);
	}

	@Test
	void theSourceGrowsToAFrameOfDiffusion() {
		assertEquals(0.6, Diffusion.sizeM(0, 0.5), 1e-12);
		assertEquals(1.2, Diffusion.sizeM(0.3, 1), 1e-12);
		assertEquals(2.4, Diffusion.sizeM(2.4, 1), 1e-12);
	}
}
