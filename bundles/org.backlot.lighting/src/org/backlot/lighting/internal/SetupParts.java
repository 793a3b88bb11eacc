// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.lighting.Wall;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;

/**
 * Lighting set-ups built in code, part by part (the set and its walls and pieces, lamps, a camera with actors'
 * marks, a look), for the benchmarks and the engine's tests. Each part is added to what it belongs to and returned.
 */
public final class SetupParts {
	private static final LightingFactory L = LightingFactory.eINSTANCE;
	private static final ShotsFactory S = ShotsFactory.eINSTANCE;

	private SetupParts() {
	}

	/** A set-up of this id (may be null) and name on the set, at ISO 800 and 1/48 s, with no lamps. */
	public static LightingSetup setup(String id, String name, SetGeometry set) {
		LightingSetup s = L.createLightingSetup();
		s.setId(id);
		s.setName(name);
		s.setIso(800);
		s.setShutterSeconds(1 / 48.0);
		s.setSet(set);
		return s;
	}

	/** A bare set: a floor of this reflectance, {@code width} along x, {@code depth} along y, {@code height} to the grid. */
	public static SetGeometry set(String name, double width, double depth, double height, double floorReflectance) {
		SetGeometry set = L.createSetGeometry();
		set.setName(name);
		set.setWidthM(width);
		set.setDepthM(depth);
		set.setHeightM(height);
		set.setFloorReflectance(floorReflectance);
		return set;
	}

	/** A wall from (x1, y1) to (x2, y2) on the plan. */
	public static Wall wall(SetGeometry set, double x1, double y1, double x2, double y2, double height, double reflectance) {
		Wall w = L.createWall();
		w.setX1(x1);
		w.setY1(y1);
		w.setX2(x2);
		w.setY2(y2);
		w.setHeight(height);
		w.setReflectance(reflectance);
		set.getWalls().add(w);
		return w;
	}

	/** Four walls round the set's floor as high as the set, in order from the corner at the origin along x. */
	public static List<Wall> walls(SetGeometry set, double reflectance) {
		double w = set.getWidthM(), d = set.getDepthM();
		double[][] corners = { { 0, 0 }, { w, 0 }, { w, d }, { 0, d } };
		List<Wall> out = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			double[] a = corners[k], b = corners[(k + 1) % 4];
			out.add(wall(set, a[0], a[1], b[0], b[1], set.getHeightM(), reflectance));
		}
		return out;
	}

	/** A box standing at z, centred at (x, y) on the plan, turned {@code rotation} degrees. */
	public static SetPiece piece(SetGeometry set, String name, double x, double y, double z, double width, double depth, double height, double rotation,
			double reflectance) {
		SetPiece p = L.createSetPiece();
		p.setName(name);
		p.setX(x);
		p.setY(y);
		p.setZ(z);
		p.setWidth(width);
		p.setDepth(depth);
		p.setHeight(height);
		p.setRotation(rotation);
		p.setReflectance(reflectance);
		set.getPieces().add(p);
		return p;
	}

	/** A lamp named (and identified) {@code name} at (x, y, z) aimed by pan and tilt, at full with no gel. */
	public static Fixture lamp(LightingSetup s, FixtureType type, String name, double x, double y, double z, double pan, double tilt) {
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

	/** A lamp at (x, y, z) aimed at (tx, ty, tz), at full with no gel. */
	public static Fixture aimed(LightingSetup s, FixtureType type, String name, double x, double y, double z, double tx, double ty, double tz) {
		double dx = tx - x, dy = ty - y, dz = tz - z;
		double pan = dx == 0 && dy == 0 ? 0 : (Math.toDegrees(Math.atan2(dy, dx)) + 360) % 360;
		return lamp(s, type, name, x, y, z, pan, Math.toDegrees(Math.atan2(dz, Math.hypot(dx, dy))));
	}

	/**
	 * The camera "A" at (x, y, height) looking along pan and tilt through a lens on a sensor that wide (24.89 mm for
	 * Super 35, 36 for full frame), on a plan of the set-up's set; the set-up is shot from it.
	 */
	public static CameraSetup camera(LightingSetup s, double x, double y, double height, double pan, double tilt, double lensMm, double sensorWidthMm) {
		SetPlan plan = S.createSetPlan();
		plan.setName(s.getSet().getName());
		plan.setWidthM(s.getSet().getWidthM());
		plan.setDepthM(s.getSet().getDepthM());
		plan.setGeometry(s.getSet());
		CameraSetup c = S.createCameraSetup();
		c.setName("A"); //$NON-NLS-1$
		c.setSetPlan(plan);
		c.setX(x);
		c.setY(y);
		c.setHeight(height);
		c.setPan(pan);
		c.setTilt(tilt);
		c.setLensMm(lensMm);
		c.setSensorWidthMm(sensorWidthMm);
		s.setCameraSetup(c);
		return c;
	}

	/** An actor's mark on the camera's plan, the actor facing {@code facing} degrees. */
	public static ActorMark mark(CameraSetup camera, String id, String name, double x, double y, double facing) {
		ActorMark m = S.createActorMark();
		m.setId(id);
		m.setName(name);
		m.setX(x);
		m.setY(y);
		m.setFacing(facing);
		camera.getSetPlan().getMarks().add(m);
		return m;
	}

	/** The set-up's look, lit for a T-stop. */
	public static Look look(LightingSetup s, String name, double stop) {
		Look look = L.createLook();
		look.setName(name);
		look.setTargetStop(stop);
		s.setLook(look);
		return look;
	}
}
