// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backlot.lighting.internal.SetupParts;
import org.backlot.lighting.internal.render.BenchScene;
import org.backlot.lighting.internal.render.RenderScenes;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** The preview renderer: deterministic, cache-correct, exposed right, with shadows, progressive and cancellable. */
class PreviewRendererTest {
	private static final int W = 160, H = 90;

	@Test
	void theSameSceneGivesTheSameFrameFromAnyRenderer() {
		LightingSetup s = BenchScene.create();
		for (Quality q : Quality.values()) {
			try (PreviewRenderer a = new PreviewRenderer(2); PreviewRenderer b = new PreviewRenderer(3)) {
				Frame first = a.renderOnce(LightScene.of(s, null), W, H, q);
				Frame again = a.renderOnce(LightScene.of(s, null), W, H, q);
				Frame other = b.renderOnce(LightScene.of(s, null), W, H, q);
				assertArrayEquals(first.argb(), again.argb(), q.name());
				assertArrayEquals(first.argb(), other.argb(), q.name());
				assertEquals(q, first.quality());
				assertTrue(first.last());
			}
		}
	}

	@Test
	void aMovedLampChangesTheFrameAndMovingItBackRestoresItExactly() {
		LightingSetup s = BenchScene.create();
		Fixture lamp = BenchScene.dragged(s);
		double x = lamp.getX();
		for (Quality q : new Quality[] { Quality.HARD_SHADOWS, Quality.SOFT_SHADOWS }) {
			try (PreviewRenderer r = new PreviewRenderer(2)) {
				lamp.setX(x);
				int[] before = r.renderOnce(LightScene.of(s, null), W, H, q).argb();
				for (int step = 1; step <= 5; step++) {
					lamp.setX(x + 0.3 * step);
					int[] moved = r.renderOnce(LightScene.of(s, null), W, H, q).argb();
					assertFalse(Arrays.equals(before, moved), q.name());
				}
				lamp.setX(x);
				Frame back = r.renderOnce(LightScene.of(s, null), W, H, q);
				assertArrayEquals(before, back.argb(), q.name());
				assertTrue(back.rays() > 0, "the lamp's light was cast again after its layer left the cache"); //$NON-NLS-1$
			}
		}
	}

	@Test
	void onlyTheMovedLampIsCastAgain() {
		LightingSetup s = BenchScene.create();
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			Frame cold = r.renderOnce(LightScene.of(s, null), W, H, Quality.HARD_SHADOWS);
			BenchScene.dragged(s).setZ(4.5);
			Frame warm = r.renderOnce(LightScene.of(s, null), W, H, Quality.HARD_SHADOWS);
			assertTrue(cold.rays() > (long) W * H * 2, () -> "cold " + cold.rays()); //$NON-NLS-1$
			assertTrue(warm.rays() > 0 && warm.rays() <= (long) W * H, () -> "warm " + warm.rays()); //$NON-NLS-1$
			Frame same = r.renderOnce(LightScene.of(s, null), W, H, Quality.HARD_SHADOWS);
			assertEquals(0, same.rays());
			assertArrayEquals(warm.argb(), same.argb());
		}
	}

	@Test
	void aGreyCardLitAtTheShootingStopIsMiddleGrey() {
		LightingSetup s = RenderScenes.floor(0.18);
		SetupParts.lamp(s, RenderScenes.hard(10000, 60, 90), "down", 10, 10, 4, 0, -90); //$NON-NLS-1$
		SetupParts.camera(s, 10, 6, 1.6, 90, -Math.toDegrees(Math.atan2(1.6, 4)), 35, 24.89);
		double lux = new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS).lux(new Vec3(10, 10, 0), Vec3.UP);
		SetupParts.look(s, "look", Exposure.tStop(lux, 800, 1 / 48.0)); //$NON-NLS-1$
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			Frame f = r.renderOnce(LightScene.of(s, null), 101, 57, Quality.HARD_SHADOWS);
			int p = f.pixel(50, 28);
			double y = 0.2126 * linear(p >> 16 & 255) + 0.7152 * linear(p >> 8 & 255) + 0.0722 * linear(p & 255);
			assertEquals(0.18, y, 0.008, () -> Integer.toHexString(p));
			assertEquals(118, Math.round(255 * (1.055 * Math.pow(y, 1 / 2.4) - 0.055)), 3);
		}
	}

	/**
	 * A 0.4 floor with the lamp 4 m above (10, 10) aimed down, a box {@code size} m a side standing at {@code z}
	 * under it, and a camera at (10, y, height) on a 24 mm lens looking at the foot of the lamp; lit for {@code stop}.
	 */
	private static LightScene lampOverBox(FixtureType type, double z, double size, double cameraY, double cameraHeight, double stop) {
		LightingSetup s = RenderScenes.floor(0.4);
		SetupParts.lamp(s, type, "lamp", 10, 10, 4, 0, -90); //$NON-NLS-1$
		SetupParts.piece(s.getSet(), "box", 10, 10, z, size, size, size, 0, 0.5); //$NON-NLS-1$
		SetupParts.camera(s, 10, cameraY, cameraHeight, 90, -Math.toDegrees(Math.atan2(cameraHeight, 10 - cameraY)), 24, 24.89);
		SetupParts.look(s, "look", stop); //$NON-NLS-1$
		return LightScene.of(s, null);
	}

	@Test
	void aBoxBetweenALampAndTheFloorShadowsIt() {
		LightScene scene = lampOverBox(RenderScenes.hard(10000, 80, 120), 1, 0.8, 4, 3, 5.6);
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			Frame hard = r.renderOnce(scene, W, H, Quality.HARD_SHADOWS);
			Frame open = r.renderOnce(scene, W, H, Quality.NO_SHADOWS);
			int[] under = RenderScenes.project(scene.camera(), new Vec3(10, 10, 0), W, H);
			int[] beside = RenderScenes.project(scene.camera(), new Vec3(11.5, 10, 0), W, H);
			int shadowed = RenderScenes.green(hard.pixel(under[0], under[1]));
			int lit = RenderScenes.green(hard.pixel(beside[0], beside[1]));
			assertTrue(shadowed + 40 < lit, () -> shadowed + " vs " + lit); //$NON-NLS-1$
			assertEquals(lit, RenderScenes.green(open.pixel(beside[0], beside[1])));
			assertTrue(RenderScenes.green(open.pixel(under[0], under[1])) > shadowed + 40);
		}
	}

	@Test
	void softShadowsDifferFromHardOnesOnlyNearTheShadowsEdge() {
		LightScene scene = lampOverBox(RenderScenes.soft(6000, 100, 150, 2), 1.5, 0.6, 3, 4, 4);
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			Frame hard = r.renderOnce(scene, W, H, Quality.HARD_SHADOWS);
			Frame soft = r.renderOnce(scene, W, H, Quality.SOFT_SHADOWS);
			Camera c = scene.camera();
			int near = 0;
			int far = 0;
			for (int y = 0; y < H; y++) {
				for (int x = 0; x < W; x++) {
					Vec3 d = c.ray(2 * (x + 0.5) / W - 1, 1 - 2 * (y + 0.5) / H, W / (double) H);
					double t = -c.position().z() / d.z();
					Vec3 onFloor = c.position().plus(d.times(t));
					double fromBox = Math.hypot(onFloor.x() - 10, onFloor.y() - 10);
					Vec3 toBox = new Vec3(10, 10, 1.8).minus(c.position());
					boolean seesBox = toBox.minus(d.times(toBox.dot(d))).length() < 0.8;
					boolean differs = hard.pixel(x, y) != soft.pixel(x, y);
					if (fromBox > 3 && !seesBox) {
						far++;
						assertFalse(differs, "pixel " + x + "," + y + " far from the box"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					} else if (differs) {
						near++;
					}
				}
			}
			assertTrue(far > W * H / 4, () -> "far pixels " + W * H); //$NON-NLS-1$
			assertTrue(near > 20, "the penumbra shows"); //$NON-NLS-1$
		}
	}

	@Test
	void aProgressiveRenderRefinesUpToTheBounceAndEndsAsRenderOnceDoes() {
		LightingSetup s = BenchScene.create();
		List<Frame> frames = new ArrayList<>();
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			r.render(LightScene.of(s, null), W, H, () -> false, frames::add);
		}
		assertTrue(frames.size() >= 4, () -> frames.size() + " frames"); //$NON-NLS-1$
		for (int i = 0; i < frames.size(); i++) {
			Frame f = frames.get(i);
			assertEquals(i, f.pass());
			assertEquals(i == frames.size() - 1, f.last());
			assertEquals(W * H, f.argb().length);
		}
		assertEquals(Quality.HARD_SHADOWS, frames.get(0).quality());
		assertEquals(Quality.SOFT_SHADOWS, frames.get(frames.size() - 2).quality());
		Frame last = frames.get(frames.size() - 1);
		assertEquals(Quality.BOUNCE, last.quality());
		try (PreviewRenderer r = new PreviewRenderer(1)) {
			assertArrayEquals(r.renderOnce(LightScene.of(s, null), W, H, Quality.BOUNCE).argb(), last.argb());
		}
	}

	@Test
	void whileALampIsDraggedTheFirstPassIsFullSizeAndCastsOnlyThatLamp() {
		LightingSetup s = BenchScene.create();
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			List<Frame> done = new ArrayList<>();
			r.render(LightScene.of(s, null), W, H, () -> false, done::add);
			assertEquals(Quality.HARD_SHADOWS, done.get(1).quality());
			assertTrue(done.get(0).rays() * 3 < done.get(1).rays(), "a quick half-size frame comes first"); //$NON-NLS-1$
			BenchScene.dragged(s).setY(4.4);
			List<Frame> drag = new ArrayList<>();
			r.render(LightScene.of(s, null), W, H, () -> !drag.isEmpty(), drag::add);
			assertEquals(1, drag.size());
			assertEquals(Quality.HARD_SHADOWS, drag.get(0).quality());
			assertTrue(drag.get(0).rays() > 0 && drag.get(0).rays() <= (long) W * H, () -> "rays " + drag.get(0).rays()); //$NON-NLS-1$
			assertFalse(Arrays.equals(done.get(done.size() - 1).argb(), drag.get(0).argb()));
		}
	}

	@Test
	void cancellingStopsAfterTheCurrentPass() {
		List<Frame> frames = new ArrayList<>();
		try (PreviewRenderer r = new PreviewRenderer(2)) {
			r.render(LightScene.of(BenchScene.create(), null), W, H, () -> !frames.isEmpty(), frames::add);
		}
		assertEquals(1, frames.size());
		assertFalse(frames.get(0).last());
	}

	@Test
	void withoutACameraTheFrameIsBlack() {
		LightingSetup s = RenderScenes.floor(0.5);
		SetupParts.lamp(s, RenderScenes.hard(10000, 60, 90), "down", 10, 10, 4, 0, -90); //$NON-NLS-1$
		List<Frame> frames = new ArrayList<>();
		try (PreviewRenderer r = new PreviewRenderer(1)) {
			r.render(LightScene.of(s, null), 8, 4, () -> false, frames::add);
			assertEquals(1, frames.size());
			assertTrue(frames.get(0).last());
			assertTrue(Arrays.stream(frames.get(0).argb()).allMatch(p -> p == 0xFF000000));
			assertTrue(Arrays.stream(r.renderOnce(LightScene.of(s, null), 8, 4, Quality.BOUNCE).argb()).allMatch(p -> p == 0xFF000000));
		}
	}

	private static double linear(int v) {
		double c = v / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
