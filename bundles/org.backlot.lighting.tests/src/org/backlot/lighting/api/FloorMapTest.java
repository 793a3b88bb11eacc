// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.lighting.internal.SetupParts;
import org.backlot.lighting.internal.render.RenderScenes;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** The floor map: lux per cell, and its false-colour picture and legend. */
class FloorMapTest {
	@Test
	void cellsUnderALampPointingStraightDownFollowTheInverseSquareLaw() {
		LightingSetup s = RenderScenes.floor(0.2);
		double candela = 20000;
		SetupParts.lamp(s, RenderScenes.hard(candela, 60, 90), "down", 10.125, 10.125, 5, 0, -90); //$NON-NLS-1$
		FloorMap map = FloorMap.compute(new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS), 0.25);
		assertEquals(80, map.cols());
		assertEquals(80, map.rows());
		assertEquals(0.25, map.cellM());
		assertEquals(candela / 25, map.lux(40, 40), candela / 25 * 0.01);
		double dx = 2 * 0.25;
		double d2 = 25 + dx * dx;
		double cos = 5 / Math.sqrt(d2);
		double gamma = Math.toDegrees(Math.acos(cos));
		double expected = candela * new BeamDistribution(60, 90).relative(gamma, 0) * cos / d2;
		assertEquals(expected, map.lux(42, 40), expected * 0.01);
		assertEquals(map.lux(40, 40), map.max(), 1e-9);
		assertTrue(map.lux(0, 0) < map.lux(40, 40) / 10);
	}

	@Test
	void theFalseColourPictureShowsTheFloorFromAboveInStops() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.lamp(s, RenderScenes.hard(20000, 30, 50), "corner", 3, 17, 5, 0, -90); //$NON-NLS-1$
		FloorMap map = FloorMap.compute(new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS), 1);
		int[] picture = map.falseColour(40, 40);
		assertEquals(1600, picture.length);
		assertEquals(FloorMap.colourFor(map.lux(3, 17)), picture[5 * 40 + 6], "the far side is at the top"); //$NON-NLS-1$
		assertEquals(FloorMap.colourFor(map.lux(3, 2)), picture[35 * 40 + 6]);
		assertArrayEquals(new double[] { 10, 50, 100, 250, 500, 1000, 2000, 5000 }, FloorMap.legendLux());
		assertEquals(0xFF000000, FloorMap.colourFor(0));
		int previous = -1;
		for (double lux : FloorMap.legendLux()) {
			int c = FloorMap.colourFor(lux);
			assertNotEquals(previous, c);
			previous = c;
		}
		assertTrue(brightness(FloorMap.colourFor(5000)) > brightness(FloorMap.colourFor(100)));
		assertTrue(brightness(FloorMap.colourFor(100)) > brightness(FloorMap.colourFor(10)));
		assertTrue(brightness(FloorMap.colourFor(10)) > brightness(FloorMap.colourFor(2)));
		assertEquals(FloorMap.colourFor(5000), FloorMap.colourFor(50000));
	}

	private static double brightness(int argb) {
		return 0.2126 * (argb >> 16 & 255) + 0.7152 * (argb >> 8 & 255) + 0.0722 * (argb & 255);
	}
}
