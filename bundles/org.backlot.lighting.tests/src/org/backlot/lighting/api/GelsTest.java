// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.model.lighting.Gel;
import org.junit.jupiter.api.Test;

/** Colour-correction gels in mireds, Duv and transmission. */
class GelsTest {
	@Test
	void ctoTurnsDaylightIntoTungsten() {
		double k = Gels.apply(Gel.CTO, 5600);
		assertTrue(k > 2900 && k < 3300, () -> "CTO on 5600 K gives " + k); //$NON-NLS-1$
		assertEquals(3200, Gels.apply(Gel.CTO, 6500), 20);
		assertEquals(5700, Gels.apply(Gel.CTB, 3200), 30);
	}

	@Test
	void weakerGelsShiftLessAndPassMoreLight() {
		double full = Gels.apply(Gel.CTO, 5600);
		double half = Gels.apply(Gel.HALF_CTO, 5600);
		double quarter = Gels.apply(Gel.QUARTER_CTO, 5600);
		assertTrue(full < half && half < quarter && quarter < 5600);
		double blue = Gels.apply(Gel.CTB, 3200);
		assertTrue(blue > Gels.apply(Gel.HALF_CTB, 3200) && Gels.apply(Gel.QUARTER_CTB, 3200) > 3200);
		assertTrue(Gels.transmission(Gel.CTO) < Gels.transmission(Gel.HALF_CTO));
		assertTrue(Gels.transmission(Gel.CTB) < Gels.transmission(Gel.QUARTER_CTB));
		assertEquals(1, Gels.transmission(Gel.NONE));
		assertEquals(4321, Gels.apply(Gel.NONE, 4321), 1e-9);
		assertEquals(4321, Gels.apply(null, 4321), 1e-9);
	}

	@Test
	void greenGelsMoveOffTheLocusWithoutChangingTheCct() {
		assertTrue(Gels.duvShift(Gel.PLUS_GREEN) > 0);
		assertTrue(Gels.duvShift(Gel.MINUS_GREEN) < 0);
		assertEquals(5600, Gels.apply(Gel.PLUS_GREEN, 5600), 1e-9);
		assertEquals(0, Gels.duvShift(Gel.CTO));
	}
}
