// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backlot.lighting.internal.SetupParts;
import org.backlot.lighting.internal.render.RenderScenes;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** A point source against E = I·cos θ / d², its beam falloff, and the exposure equation, each within 1 %. */
class PointSourceTest {
	private static final double ONE_PERCENT = 0.01;

	@Test
	void onAxisFollowsTheInverseSquareLaw() {
		LightingSetup s = RenderScenes.floor(0.2);
		FixtureType t = RenderScenes.hard(10000, 30, 50);
		SetupParts.lamp(s, t, "down", 10, 10, 8, 0, -90); //$NON-NLS-1$
		Illuminance e = new Illuminance(LightScene.of(s, null), Quality.NO_SHADOWS);
		for (double z : new double[] { 0, 2, 4, 6 }) {
			double d = 8 - z;
			assertWithin(10000 / (d * d), e.lux(new Vec3(10, 10, z), Vec3.UP));
		}
	}

	@Test
	void beamAndFieldEdgesGiveHalfAndATenth() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.lamp(s, RenderScenes.hard(20000, 30, 50), "level", 2, 10, 2, 0, 0); //$NON-NLS-1$
		Illuminance e = new Illuminance(LightScene.of(s, null), Quality.NO_SHADOWS);
		double d = 5;
		for (double[] c : new double[][] { { 0, 1 }, { 15, 0.5 }, { 25, 0.1 } }) {
			Vec3 dir = Vec3.ofAngles(c[0], 0);
			Vec3 p = new Vec3(2, 10, 2).plus(dir.times(d));
			assertWithin(20000 * c[1] / (d * d), e.lux(p, dir.times(-1)));
		}
	}

	@Test
	void obliqueIncidenceScalesByTheCosine() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.lamp(s, RenderScenes.hard(10000, 60, 100), "spot", 10, 10, 4, 0, -90); //$NON-NLS-1$
		Illuminance e = new Illuminance(LightScene.of(s, null), Quality.NO_SHADOWS);
		for (double theta : new double[] { 0, 20, 40, 60 }) {
			Vec3 normal = new Vec3(Math.sin(Math.toRadians(theta)), 0, Math.cos(Math.toRadians(theta)));
			assertWithin(10000 / 16.0 * Math.cos(Math.toRadians(theta)), e.lux(new Vec3(10, 10, 0), normal));
		}
	}

	@Test
	void aSurfaceFacingAwayGetsNothing() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.lamp(s, RenderScenes.hard(10000, 30, 50), "down", 10, 10, 8, 0, -90); //$NON-NLS-1$
		Illuminance e = new Illuminance(LightScene.of(s, null), Quality.NO_SHADOWS);
		assertEquals(0, e.lux(new Vec3(10, 10, 0), new Vec3(0, 0, -1)));
	}

	@Test
	void incidentMeterEquation() {
		assertEquals(Math.sqrt(250 * (1 / 48.0) * 800 / 250), Exposure.tStop(250, 800, 1 / 48.0), 1e-12);
		assertEquals(2.8, Exposure.tStop(Exposure.lux(2.8, 800, 1 / 48.0), 800, 1 / 48.0), 1e-12);
		assertEquals(1, Exposure.stops(200, 100), 1e-12);
		assertEquals("T2.8", Exposure.format(2.8)); //$NON-NLS-1$
		assertEquals("T4", Exposure.format(4)); //$NON-NLS-1$
	}

	static void assertWithin(double expected, double actual) {
		assertEquals(expected, actual, Math.abs(expected) * ONE_PERCENT, () -> "expected " + expected + " got " + actual); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
