// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Planckian locus against published chromaticities, CCT/Duv round trips and the sign of Duv. */
class ColourTest {
	@Test
	void illuminantAIsAPlanckianRadiatorAt2856K() {
		// CIE illuminant A (ISO 11664-2): x = 0.44757, y = 0.40745
		double[] a = Colour.xyOfCct(2856);
		assertEquals(0.44757, a[0], 0.0001);
		assertEquals(0.40745, a[1], 0.0001);
	}

	@Test
	void planckianChromaticitiesMatchPublishedValues() {
		double[][] table = { { 2000, 0.5267, 0.4133 }, { 3000, 0.4369, 0.4041 }, { 4000, 0.3805, 0.3768 }, { 5000, 0.3451, 0.3516 },
				{ 6500, 0.3135, 0.3237 }, { 10000, 0.2807, 0.2884 } };
		for (double[] row : table) {
			double[] xy = Colour.xyOfCct(row[0]);
			assertEquals(row[1], xy[0], 0.0003, () -> "x at " + row[0]); //$NON-NLS-1$
			assertEquals(row[2], xy[1], 0.0003, () -> "y at " + row[0]); //$NON-NLS-1$
		}
	}

	@Test
	void cctAndDuvRoundTrip() {
		for (double k : new double[] { 1200, 1900, 2700, 3200, 4300, 5600, 6500, 9000, 15000, 25000 }) {
			for (double duv : new double[] { -0.02, -0.005, 0, 0.003, 0.015 }) {
				double[] xy = Colour.xyOf(k, duv);
				double[] back = Colour.cctDuvOfXy(xy[0], xy[1]);
				assertEquals(k, back[0], 10, () -> "CCT of " + k + " / " + duv); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(duv, back[1], 0.0005, () -> "Duv of " + k + " / " + duv); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	@Test
	void duvIsPositiveAboveTheLocusTowardsGreen() {
		// D65 lies above the locus: CCT 6504 K, Duv +0.0032
		double[] d65 = Colour.cctDuvOfXy(0.31271, 0.32902);
		assertEquals(6504, d65[0], 10);
		assertEquals(0.0032, d65[1], 0.0003);
		double[] onLocus = Colour.xyOfCct(5600);
		double[] greener = Colour.cctDuvOfXy(onLocus[0], onLocus[1] + 0.01);
		double[] pinker = Colour.cctDuvOfXy(onLocus[0], onLocus[1] - 0.01);
		assertTrue(greener[1] > 0.003, () -> "green Duv " + greener[1]); //$NON-NLS-1$
		assertTrue(pinker[1] < -0.003, () -> "magenta Duv " + pinker[1]); //$NON-NLS-1$
		double[] plusGreen = Colour.xyOf(5600, 0.01);
		assertTrue(plusGreen[1] > onLocus[1], "plus green raises y"); //$NON-NLS-1$
	}

	@Test
	void whiteHexIsNearD65AndRgbOfD65IsNeutral() {
		double[] white = Colour.xyOfHex("#ffffff"); //$NON-NLS-1$
		assertEquals(0.3127, white[0], 0.0002);
		assertEquals(0.3290, white[1], 0.0002);
		double[] rgb = Colour.linearRgbOfXy(0.3127, 0.3290);
		assertEquals(1, rgb[0], 0.01);
		assertEquals(1, rgb[1], 0.01);
		assertEquals(1, rgb[2], 0.01);
		double[] warm = Colour.linearRgbOfXy(Colour.xyOfCct(2700)[0], Colour.xyOfCct(2700)[1]);
		assertTrue(warm[0] > warm[2] * 2, "tungsten is red-heavy"); //$NON-NLS-1$
	}
}
