// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;

/** Small lighting set-ups built in code for the engine's tests. */
final class TestScenes {
	private static final LightingFactory L = LightingFactory.eINSTANCE;

	private TestScenes() {
	}

	/** A set-up on an empty 20 × 20 m floor with no camera and no actors. */
	static LightingSetup empty() {
		LightingSetup s = L.createLightingSetup();
		s.setName("test"); //$NON-NLS-1$
		SetGeometry set = L.createSetGeometry();
		set.setWidthM(20);
		set.setDepthM(20);
		set.setHeightM(8);
		set.setFloorReflectance(0.2);
		s.setSet(set);
		return s;
	}

	/** A hard-beam type with a peak intensity and beam/field angles. */
	static FixtureType type(double candela, double beam, double field, double cct) {
		FixtureType t = L.createFixtureType();
		t.setName("Fresnel " + candela); //$NON-NLS-1$
		t.setKind(FixtureKind.FRESNEL_HMI);
		t.setPowerW(1200);
		t.setCandela(candela);
		t.setBeamAngle(beam);
		t.setFieldAngle(field);
		t.setCct(cct);
		return t;
	}

	/** Adds a fixture of {@code type} at (x, y, z) aimed by pan/tilt, at full with no gel. */
	static Fixture add(LightingSetup s, FixtureType type, String name, double x, double y, double z, double pan, double tilt) {
		Fixture f = L.createFixture();
		f.setId(name);
		f.setName(name);
		f.setType(type);
		f.setX(x);
		f.setY(y);
		f.setZ(z);
		f.setPan(pan);
		f.setTilt(tilt);
		f.setDimmer(1);
		f.setGel(Gel.NONE);
		s.getFixtures().add(f);
		return f;
	}

	/** Gives the set-up a camera at (x, y, 1.6) looking along {@code pan}, and one actor on a mark facing {@code facing}. */
	static void cameraAndActor(LightingSetup s, double cx, double cy, double pan, double ax, double ay, double facing) {
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setWidthM(20);
		plan.setDepthM(20);
		ActorMark m = ShotsFactory.eINSTANCE.createActorMark();
		m.setId("actor"); //$NON-NLS-1$
		m.setName("Actor"); //$NON-NLS-1$
		m.setX(ax);
		m.setY(ay);
		m.setFacing(facing);
		plan.getMarks().add(m);
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setName("A"); //$NON-NLS-1$
		c.setSetPlan(plan);
		c.setX(cx);
		c.setY(cy);
		c.setHeight(1.6);
		c.setPan(pan);
		c.setLensMm(50);
		s.setCameraSetup(c);
	}
}
