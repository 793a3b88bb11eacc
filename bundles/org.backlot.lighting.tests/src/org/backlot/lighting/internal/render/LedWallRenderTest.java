// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.lighting.api.Frame;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PreviewRenderer;
import org.backlot.lighting.api.Quality;
import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.SetupParts;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** The LED wall is seen as its picture times its brightness, lights the set in front of it, and is black from behind. */
class LedWallRenderTest {
	private static LightingSetup wall(double nits) {
		LightingSetup s = RenderScenes.floor(0.3);
		LedWall w = LightingFactory.eINSTANCE.createLedWall();
		w.setX1(4);
		w.setY1(16);
		w.setX2(16);
		w.setY2(16);
		w.setBottom(0);
		w.setHeight(5);
		w.setNits(nits);
		s.getSet().setLedWall(w);
		SetupParts.look(s, "look", 2.8); //$NON-NLS-1$
		return s;
	}

	@Test
	void theWallShowsItsPictureAndLightsTheFloor() {
		LightingSetup s = wall(20);
		SetupParts.camera(s, 10, 8, 1.6, 90, 0, 24, 24.89);
		LightScene scene = LightScene.of(s, null);
		assertTrue(scene.sources().stream().allMatch(src -> src.ledWall));
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			Frame f = r.renderOnce(scene, 96, 54, Quality.HARD_SHADOWS);
			int[] onWall = RenderScenes.project(scene.camera(), new Vec3(10, 16, 2.5), 96, 54);
			int[] onFloor = RenderScenes.project(scene.camera(), new Vec3(10, 14.5, 0), 96, 54);
			int wallPixel = RenderScenes.green(f.pixel(onWall[0], onWall[1]));
			double expected = 255 * Tone.srgb(Tone.filmic(20 * 0.18 / org.backlot.lighting.api.Exposure.middleGreyLuminance(2.8, 800, 1 / 48.0)));
			assertEquals(expected, wallPixel, 12);
			assertTrue(RenderScenes.green(f.pixel(onFloor[0], onFloor[1])) > 30, "the wall lights the floor"); //$NON-NLS-1$
			assertArrayEquals(f.argb(), r.renderOnce(LightScene.of(s, null), 96, 54, Quality.SOFT_SHADOWS).argb(), "the wall's patches are its soft samples"); //$NON-NLS-1$
		}
	}

	@Test
	void fromBehindTheWallIsDark() {
		LightingSetup s = wall(2000);
		SetupParts.camera(s, 10, 19, 1.6, 270, 0, 24, 24.89);
		try (PreviewRenderer r = new PreviewRenderer(1)) {
			LightScene scene = LightScene.of(s, null);
			Frame f = r.renderOnce(scene, 48, 27, Quality.HARD_SHADOWS);
			int[] onWall = RenderScenes.project(scene.camera(), new Vec3(10, 16, 1.8), 48, 27);
			assertTrue(RenderScenes.green(f.pixel(onWall[0], onWall[1])) < 5);
		}
	}
}
