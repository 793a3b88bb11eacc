// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.lighting.internal.SetupParts;
import org.backlot.lighting.internal.render.RenderScenes;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

/** Meter readings on a face: key and fill sides, ratio, T-stop, mixed colour and warnings. */
class ReadoutsTest {
	/** Actor at (10, 10) facing the camera at (10, 5) (facing −y = 270°). */
	private static LightingSetup faceToCamera() {
		LightingSetup s = RenderScenes.floor(0.2);
		SetupParts.mark(SetupParts.camera(s, 10, 5, 1.6, 90, 0, 50, 36), "actor", "Actor", 10, 10, 270); //$NON-NLS-1$ //$NON-NLS-2$
		return s;
	}

	@Test
	void keyFromCameraLeftAndAWeakerFillGiveTheRatio() {
		LightingSetup s = faceToCamera();
		FixtureType t = RenderScenes.hard(8000, 40, 60);
		Vec3 face = new Vec3(10, 10, Actor.EYE_HEIGHT);
		// camera left is −x for a camera looking along +y; key at 45° to camera left, fill at 45° to camera right
		aim(s, t, "key", face, face.plus(new Vec3(-2, -2, 0.6)), 1.0); //$NON-NLS-1$
		aim(s, t, "fill", face, face.plus(new Vec3(2, -2, 0.6)), 0.25); //$NON-NLS-1$
		List<ActorReading> r = Readouts.of(new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS));
		assertEquals(1, r.size());
		ActorReading a = r.get(0);
		assertEquals("key", a.keySource()); //$NON-NLS-1$
		assertEquals(2, a.ratioStops(), 0.25);
		assertEquals(Exposure.tStop(a.faceLux(), s.getIso(), s.getShutterSeconds()), a.tStop(), 1e-9);
		assertTrue(a.faceLux() > 0);
		assertEquals(5600, a.kelvin(), 150);
	}

	@Test
	void warmAndCoolLampsOnOneFaceAreMixedColour() {
		LightingSetup s = faceToCamera();
		Vec3 face = new Vec3(10, 10, Actor.EYE_HEIGHT);
		aim(s, RenderScenes.hard(8000, 40, 60), "daylight", face, face.plus(new Vec3(-2, -2, 0.5)), 1); //$NON-NLS-1$
		aim(s, RenderScenes.hard(8000, 40, 60), "tungsten", face, face.plus(new Vec3(2, -2, 0.5)), 1).setGel(Gel.CTO); //$NON-NLS-1$
		ActorReading a = Readouts.of(new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS)).get(0);
		assertTrue(a.kelvin() > 3200 && a.kelvin() < 5600, () -> "mixed " + a.kelvin()); //$NON-NLS-1$
		assertTrue(a.warnings().stream().anyMatch(w -> w.contains("tungsten") && w.contains("daylight")), a.warnings()::toString); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void anUnlitFaceAndAFaceBlastedWithLightAreWarned() {
		LightingSetup s = faceToCamera();
		assertTrue(Readouts.of(new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS)).get(0).warnings().size() == 1);
		Vec3 face = new Vec3(10, 10, Actor.EYE_HEIGHT);
		aim(s, RenderScenes.hard(2_000_000, 20, 30), "sun", face, face.plus(new Vec3(0, -1.5, 0.3)), 1); //$NON-NLS-1$
		ActorReading a = Readouts.of(new Illuminance(LightScene.of(s, null), Quality.HARD_SHADOWS)).get(0);
		assertTrue(a.exposureStops() > Readouts.CLIP_STOPS);
		assertTrue(a.warnings().stream().anyMatch(w -> w.contains(Exposure.format(2.8))), a.warnings()::toString);
	}

	private static Fixture aim(LightingSetup s, FixtureType t, String name, Vec3 target, Vec3 at, double dimmer) {
		Fixture f = SetupParts.aimed(s, t, name, at.x(), at.y(), at.z(), target.x(), target.y(), target.z());
		f.setDimmer(dimmer);
		return f;
	}
}
