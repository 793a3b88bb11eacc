// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.model.lighting.DimmerCurve;
import org.junit.jupiter.api.Test;

/** Dimmer curves and the colour of dimmed tungsten. */
class DimmersTest {
	@Test
	void curvesGiveTheirOutputAtHalfAndQuarterLevel() {
		assertEquals(0.5, Dimmers.output(DimmerCurve.LINEAR, 0.5), 1e-12);
		assertEquals(0.25, Dimmers.output(DimmerCurve.SQUARE, 0.5), 1e-12);
		assertEquals(0.5, Dimmers.output(DimmerCurve.SCURVE, 0.5), 1e-12);
		assertEquals(0.15625, Dimmers.output(DimmerCurve.SCURVE, 0.25), 1e-12);
		assertEquals(0.1, Dimmers.output(DimmerCurve.EXPONENTIAL, 0.5), 0.01);
		assertEquals(0.5, Dimmers.output(null, 0.5), 1e-12);
	}

	@Test
	void everyCurveRunsFromZeroToOneAndRises() {
		for (DimmerCurve c : DimmerCurve.values()) {
			assertEquals(0, Dimmers.output(c, 0), 1e-12, c::getName);
			assertEquals(1, Dimmers.output(c, 1), 1e-12, c::getName);
			assertEquals(1, Dimmers.output(c, 1.7), 1e-12, c::getName);
			assertEquals(0, Dimmers.output(c, -0.2), 1e-12, c::getName);
			double last = 0;
			for (int i = 1; i <= 20; i++) {
				double o = Dimmers.output(c, i / 20.0);
				assertTrue(o > last, c::getName);
				last = o;
			}
		}
	}

	@Test
	void dimmedTungstenWarms() {
		assertEquals(3200, Dimmers.tungstenCct(3200, 1), 1e-9);
		assertEquals(2930, Dimmers.tungstenCct(3200, 0.5), 15);
		assertEquals(2211, Dimmers.tungstenCct(3200, 0.05), 5);
	}
}
