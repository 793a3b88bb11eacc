// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Camera;
import org.backlot.lighting.api.Vec3;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;

/** Small set-ups for the renderer's tests, and where a set point lands in a frame. */
public final class RenderScenes {
	private static final LightingFactory L = LightingFactory.eINSTANCE;

	private RenderScenes() {
	}

	/** An empty 20 × 20 × 8 m floor of this reflectance, ISO 800, 1/48 s, no camera. */
	public static LightingSetup floor(double reflectance) {
		LightingSetup s = L.createLightingSetup();
		s.setId("test"); //$NON-NLS-1$
		s.setName("test"); //$NON-NLS-1$
		s.setIso(800);
		s.setShutterSeconds(1 / 48.0);
		SetGeometry set = L.createSetGeometry();
		set.setWidthM(20);
		set.setDepthM(20);
		set.setHeightM(8);
		set.setFloorReflectance(reflectance);
		s.setSet(set);
		return s;
	}

	/** A fixture type: a point source, or a soft one when {@code size} is above zero. */
	public static FixtureType type(double candela, double beam, double field, double size) {
		FixtureType t = L.createFixtureType();
		t.setName("type " + candela); //$NON-NLS-1$
		t.setKind(size > 0 ? FixtureKind.SOFTBOX : FixtureKind.FRESNEL_HMI);
		t.setCandela(candela);
		t.setBeamAngle(beam);
		t.setFieldAngle(field);
		t.setCct(5600);
		t.setSoftWidthM(size);
		t.setSoftHeightM(size);
		return t;
	}

	/** Adds a lamp at full, no gel. */
	public static Fixture lamp(LightingSetup s, FixtureType t, String id, double x, double y, double z, double pan, double tilt) {
		Fixture f = L.createFixture();
		f.setId(id);
		f.setName(id);
		f.setType(t);
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

	/** Puts the camera at (x, y, height) looking along pan and tilt through a lens on a 24.89 mm sensor. */
	public static void camera(LightingSetup s, double x, double y, double height, double pan, double tilt, double lensMm) {
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setWidthM(20);
		plan.setDepthM(20);
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setName("A"); //$NON-NLS-1$
		c.setSetPlan(plan);
		c.setX(x);
		c.setY(y);
		c.setHeight(height);
		c.setPan(pan);
		c.setTilt(tilt);
		c.setLensMm(lensMm);
		c.setSensorWidthMm(24.89);
		s.setCameraSetup(c);
	}

	/** Gives the set-up a look lit for {@code stop}. */
	public static void look(LightingSetup s, double stop) {
		Look look = L.createLook();
		look.setName("look"); //$NON-NLS-1$
		look.setTargetStop(stop);
		s.setLook(look);
	}

	/** Adds a box standing at z on the plan. */
	public static SetPiece box(LightingSetup s, double x, double y, double z, double w, double d, double h) {
		SetPiece p = L.createSetPiece();
		p.setName("box"); //$NON-NLS-1$
		p.setX(x);
		p.setY(y);
		p.setZ(z);
		p.setWidth(w);
		p.setDepth(d);
		p.setHeight(h);
		p.setReflectance(0.5);
		s.getSet().getPieces().add(p);
		return p;
	}

	/** The pixel {x, y} (row 0 at the top) where point p appears in a width × height frame of camera c. */
	public static int[] project(Camera c, Vec3 p, int width, int height) {
		Vec3 d = p.minus(c.position());
		double h = Math.tan(Math.toRadians(c.horizontalFovDegrees() / 2));
		double along = d.dot(c.forward());
		double u = d.dot(c.right()) / along / h;
		double v = d.dot(c.up()) / along / h * width / height;
		return new int[] { (int) Math.floor((u + 1) / 2 * width), (int) Math.floor((1 - v) / 2 * height) };
	}

	/** The green channel of an ARGB pixel. */
	public static int green(int argb) {
		return (argb >> 8) & 255;
	}
}
