// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.lighting.internal.SetupParts;
import org.backlot.lighting.internal.render.RenderScenes;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** Shadows cast by set pieces (hard and soft) and the one bounce off a wall. */
class ShadowTest {
	@Test
	void aBoxShadowsThePointBelowItOnlyWithShadowsOn() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.lamp(s, RenderScenes.hard(10000, 60, 90), "down", 10, 10, 6, 0, -90); //$NON-NLS-1$
		SetupParts.piece(s.getSet(), "box", 10, 10, 1, 1, 1, 0.5, 0, 0.4); //$NON-NLS-1$
		LightScene scene = LightScene.of(s, null);
		Vec3 under = new Vec3(10, 10, 0);
		assertEquals(0, new Illuminance(scene, Quality.HARD_SHADOWS).lux(under, Vec3.UP));
		assertTrue(new Illuminance(scene, Quality.NO_SHADOWS).lux(under, Vec3.UP) > 200);
		Vec3 beside = new Vec3(12, 10, 0);
		assertEquals(new Illuminance(scene, Quality.NO_SHADOWS).lux(beside, Vec3.UP), new Illuminance(scene, Quality.HARD_SHADOWS).lux(beside, Vec3.UP), 1e-9);
	}

	@Test
	void aSoftSourceGivesAPenumbraWhereAHardOneCutsOff() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.lamp(s, RenderScenes.soft(4000, 100, 150, 2), "soft", 10, 10, 4, 0, -90); //$NON-NLS-1$
		SetupParts.piece(s.getSet(), "box", 10, 10, 1.5, 0.6, 0.6, 0.5, 0, 0.4); //$NON-NLS-1$
		LightScene scene = LightScene.of(s, null);
		Vec3 edge = new Vec3(10.35, 10, 0);
		double open = new Illuminance(scene, Quality.NO_SHADOWS).lux(edge, Vec3.UP);
		double penumbra = new Illuminance(scene, Quality.SOFT_SHADOWS).lux(edge, Vec3.UP);
		assertTrue(penumbra > 0.05 * open && penumbra < 0.95 * open, () -> "penumbra " + penumbra + " of " + open); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aWhiteWallBouncesLightBack() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.wall(s.getSet(), 15, 0, 15, 20, 6, 0.9);
		SetupParts.lamp(s, RenderScenes.hard(50000, 40, 60), "at the wall", 10, 10, 2, 0, 0); //$NON-NLS-1$
		LightScene scene = LightScene.of(s, null);
		Vec3 behind = new Vec3(9, 10, 1.5);
		Vec3 facingWall = new Vec3(1, 0, 0);
		assertEquals(0, new Illuminance(scene, Quality.SOFT_SHADOWS).lux(behind, facingWall));
		double bounced = new Illuminance(scene, Quality.BOUNCE).lux(behind, facingWall);
		// the wall gets about 50000/25 = 2000 lux at the centre; a tenth or so of its exitance reaches a point 6 m away
		assertTrue(bounced > 5 && bounced < 2000 * 0.9, () -> "bounce " + bounced); //$NON-NLS-1$
	}
}
