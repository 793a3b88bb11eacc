// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.backlot.lighting.api.PointSourceTest.assertWithin;

import org.backlot.lighting.internal.SetupParts;
import org.backlot.lighting.internal.render.RenderScenes;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** A Lambertian rectangle against the analytic illuminance on a parallel plane, within 1 %. */
class AreaSourceTest {
	private static final double W = 1.2;
	private static final double H = 0.8;
	private static final double LUMINANCE = 5000;

	@Test
	void onAxisAtSeveralDistances() {
		for (double d : new double[] { 0.3, 0.6, 1, 2, 5 }) {
			double expected = 4 * corner(W / 2, H / 2, d);
			assertWithin(expected, light(d, 0, 0));
		}
	}

	@Test
	void beneathACorner() {
		for (double d : new double[] { 0.5, 1.5 }) {
			assertWithin(corner(W, H, d), light(d, W / 2, H / 2));
		}
	}

	/** The lux from the panel (facing straight down from height d + 1 above the floor) at an offset on a plane d below it. */
	private static double light(double d, double dx, double dy) {
		LightingSetup s = RenderScenes.floor(0.2);
		FixtureType t = FixtureTypes.of("panel", FixtureKind.SOFTBOX, 0, LUMINANCE * W * H, 120, 179, 5600, W, H); //$NON-NLS-1$
		SetupParts.lamp(s, t, "panel", 10, 10, d + 1, 0, -90); //$NON-NLS-1$
		LightScene scene = LightScene.of(s, null);
		Source lambertian = new Source("panel", "panel", new Vec3(10, 10, d + 1), new Vec3(0, 0, -1), W, H, LUMINANCE * W * H, //$NON-NLS-1$ //$NON-NLS-2$
				Lambertian.INSTANCE, 5600, 0, Colour.xyOfCct(5600), false);
		Illuminance e = new Illuminance(scene.withSources(java.util.List.of(lambertian)), Quality.NO_SHADOWS);
		Source s0 = e.scene().sources().get(0);
		Vec3 p = new Vec3(10, 10, 1).plus(s0.across.times(dx)).plus(s0.upward.times(dy));
		return e.lux(p, Vec3.UP);
	}

	/** Illuminance below a corner of an a × b Lambertian rectangle of luminance L at distance h (the parallel-plane form factor × πL). */
	private static double corner(double a, double b, double h) {
		double x = a / h;
		double y = b / h;
		double sx = Math.sqrt(1 + x * x);
		double sy = Math.sqrt(1 + y * y);
		return LUMINANCE / 2 * (x / sx * Math.atan(y / sx) + y / sy * Math.atan(x / sy));
	}
}
