// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backlot.lighting.internal.photometry.PhotometricData.Symmetry;
import org.junit.jupiter.api.Test;

/** Interpolation, beam and field angles and the lumen integral of measured data. */
class PhotometricDataTest {
	@Test
	void interpolatesBilinearlyInGammaAndC() {
		double[][] cd = { { 100, 0 }, { 200, 40 }, { 300, 80 }, { 400, 120 } };
		PhotometricData d = new PhotometricData("t", new double[] { 0, 90, 180, 270 }, new double[] { 0, 10 }, cd, Symmetry.NONE); //$NON-NLS-1$
		assertEquals((100 + 0 + 200 + 40) / 4.0, d.candela(5, 45), 1e-9);
		assertEquals(225, d.candela(0, 112.5), 1e-9);
		// wrap-around between C270 and C360 (= C0)
		assertEquals((400 + 100) / 2.0, d.candela(0, 315), 1e-9);
		assertEquals((400 + 100) / 2.0, d.candela(0, -45), 1e-9);
		assertEquals(250.0 / 400, d.relative(0, 315), 1e-9);
		assertEquals(400, d.peakCandela(), 1e-9);
		assertEquals(0, d.candela(11, 0), 1e-9);
	}

	@Test
	void beamAndFieldAnglesAreWhereTheIntensityFallsTo50And10PercentAcrossC0C180() {
		double[] g = { 0, 10, 30, 90 };
		PhotometricData round = new PhotometricData("r", new double[] { 0 }, g, new double[][] { { 1000, 1000, 0, 0 } }, Symmetry.ROTATIONAL); //$NON-NLS-1$
		assertEquals(40, round.beamAngle(), 1e-9);
		assertEquals(56, round.fieldAngle(), 1e-9);
		// the C90 and C270 planes differ, but the angles are taken across C0-C180
		double[][] cd = { { 1000, 1000, 0, 0 }, { 1000, 500, 500, 0 }, { 1000, 1000, 0, 0 }, { 1000, 500, 500, 0 } };
		PhotometricData sided = new PhotometricData("s", new double[] { 0, 90, 180, 270 }, g, cd, Symmetry.NONE); //$NON-NLS-1$
		assertEquals(40, sided.beamAngle(), 1e-9);
		// lopsided: the C180 side falls to 50 % at 6.67°
		double[][] lop = { { 1000, 1000, 0, 0 }, { 1000, 1000, 0, 0 }, { 1000, 250, 0, 0 } };
		PhotometricData half = new PhotometricData("h", new double[] { 0, 90, 180 }, g, lop, Symmetry.BILATERAL_0_180); //$NON-NLS-1$
		assertEquals(20 + 10 * (1000 - 500) / (1000 - 250.0), half.beamAngle(), 1e-9);
	}

	@Test
	void lumensOfAnIsotropicSourceAreExact() {
		PhotometricData d = new PhotometricData("i", new double[] { 0 }, new double[] { 0, 90, 180 }, new double[][] { { 100, 100, 100 } }, //$NON-NLS-1$
				Symmetry.ROTATIONAL);
		assertEquals(4 * Math.PI * 100, d.totalLumens(), 1e-9);
	}

	@Test
	void lumensOfLambertianAndCosinePowerBeamsAreWithinOnePercent() {
		double[] g = new double[19];
		double[] lambert = new double[19];
		double[] cos7 = new double[19];
		for (int i = 0; i < g.length; i++) {
			g[i] = 5 * i;
			lambert[i] = 1000 * Math.cos(Math.toRadians(g[i]));
			cos7[i] = 1000 * Math.pow(Math.cos(Math.toRadians(g[i])), 7);
		}
		PhotometricData l = new PhotometricData("l", new double[] { 0, 90 }, g, new double[][] { lambert, lambert }, Symmetry.QUADRANT); //$NON-NLS-1$
		assertEquals(Math.PI * 1000, l.totalLumens(), Math.PI * 1000 * 0.01);
		PhotometricData c = new PhotometricData("c", new double[] { 0 }, g, new double[][] { cos7 }, Symmetry.ROTATIONAL); //$NON-NLS-1$
		assertEquals(2 * Math.PI * 1000 / 8, c.totalLumens(), 2 * Math.PI * 1000 / 8 * 0.01);
	}
}
