// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
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
 * The renderer benchmark's set-up, built in memory: a 16 × 12 × 5 m set with four walls and six set pieces, three
 * actors on their marks, a camera on a 24 mm lens, and twelve lamps of eight types (Fresnels, an HMI PAR, an
 * ellipsoidal, LED panels and tubes, a book light, a soft box, practicals), lit for T4 at ISO 800, 1/48 s.
 */
public final class BenchScene {
	private static final LightingFactory L = LightingFactory.eINSTANCE;
	/** Where the actors stand; the key, fill and back light aim between them. */
	private static final double[][] MARKS = { { 7, 6, 270 }, { 9, 6.5, 240 }, { 8, 8.5, 270 } };

	private BenchScene() {
	}

	/** The set-up; its fixtures are in a fixed order, the key light first. */
	public static LightingSetup create() {
		LightingSetup s = L.createLightingSetup();
		s.setId("bench"); //$NON-NLS-1$
		s.setName("bench-light"); //$NON-NLS-1$
		s.setIso(800);
		s.setShutterSeconds(1 / 48.0);
		Look look = L.createLook();
		look.setName("bench"); //$NON-NLS-1$
		look.setTargetStop(4);
		look.setKeyToFill(4);
		s.setLook(look);
		SetGeometry set = set();
		s.setSet(set);
		s.setCameraSetup(camera(set));
		FixtureType m18 = type("1.8 kW HMI Fresnel", FixtureKind.FRESNEL_HMI, 1800, 60000, 20, 40, 5600, 0, 0); //$NON-NLS-1$
		FixtureType book = type("Book light 1.2 m", FixtureKind.BOOK_LIGHT, 800, 4000, 100, 150, 5600, 1.2, 1.2); //$NON-NLS-1$
		FixtureType twoK = type("2 kW tungsten Fresnel", FixtureKind.FRESNEL_TUNGSTEN, 2000, 25000, 25, 45, 3200, 0, 0); //$NON-NLS-1$
		FixtureType sky = type("LED panel S60", FixtureKind.SKY_PANEL, 420, 9000, 105, 150, 5600, 0.65, 0.3); //$NON-NLS-1$
		FixtureType tube = type("LED tube 1.2 m", FixtureKind.LED_TUBE, 72, 400, 120, 170, 4300, 1.2, 0.05); //$NON-NLS-1$
		FixtureType par = type("1.2 kW HMI PAR", FixtureKind.PAR, 1200, 150000, 12, 24, 5600, 0, 0); //$NON-NLS-1$
		FixtureType practical = type("Practical 60 W", FixtureKind.PRACTICAL, 60, 60, 160, 200, 2700, 0, 0); //$NON-NLS-1$
		FixtureType leko = type("750 W ellipsoidal", FixtureKind.ELLIPSOIDAL, 750, 40000, 26, 36, 3200, 0, 0); //$NON-NLS-1$
		FixtureType box = type("Soft box 1.2 × 0.6 m", FixtureKind.SOFTBOX, 1000, 2500, 90, 140, 5600, 1.2, 0.6); //$NON-NLS-1$
		aimed(s, m18, "Key", 4, 4, 4, 8, 6.5, 1.6, 1, Gel.NONE, 0.5); //$NON-NLS-1$
		aimed(s, book, "Fill", 12, 4, 2.5, 8, 6.5, 1.5, 0.6, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, twoK, "Back", 8, 11, 4.5, 8, 7, 1.6, 0.8, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, sky, "Top left", 5, 7, 4.8, 5, 7, 0, 0.4, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, sky, "Top right", 11, 7, 4.8, 11, 7, 0, 0.4, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, tube, "Tube left", 2, 11, 2, 2, 12, 2, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, tube, "Tube right", 14, 11, 2, 14, 12, 2, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, par, "Window", 15.5, 2, 4.5, 10, 6, 0, 1, Gel.QUARTER_CTO, 0); //$NON-NLS-1$
		aimed(s, practical, "Lamp", 5, 8.3, 1.2, 5, 8.3, 0, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, practical, "Sconce", 12, 11, 1.8, 12, 11, 0, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, leko, "Bookcase", 2, 2, 4.5, 12, 11.3, 1.5, 0.7, Gel.HALF_CTB, 0); //$NON-NLS-1$
		aimed(s, box, "Eye light", 9.5, 3, 2, 8, 6.5, 1.6, 0.5, Gel.NONE, 0); //$NON-NLS-1$
		return s;
	}

	/** The lamp that the benchmark drags about. */
	public static Fixture dragged(LightingSetup s) {
		return s.getFixtures().get(0);
	}

	private static SetGeometry set() {
		SetGeometry set = L.createSetGeometry();
		set.setName("Apartment"); //$NON-NLS-1$
		set.setWidthM(16);
		set.setDepthM(12);
		set.setHeightM(5);
		set.setFloorReflectance(0.25);
		double[][] corners = { { 0, 0 }, { 16, 0 }, { 16, 12 }, { 0, 12 } };
		for (int k = 0; k < 4; k++) {
			Wall w = L.createWall();
			w.setX1(corners[k][0]);
			w.setY1(corners[k][1]);
			w.setX2(corners[(k + 1) % 4][0]);
			w.setY2(corners[(k + 1) % 4][1]);
			w.setHeight(5);
			w.setReflectance(k == 2 ? 0.6 : 0.45);
			set.getWalls().add(w);
		}
		piece(set, "Sofa", 5, 9, 0, 3, 1, 0.9, 0, 0.3); //$NON-NLS-1$
		piece(set, "Table", 8, 7.5, 0, 1.6, 0.9, 0.75, 10, 0.4); //$NON-NLS-1$
		piece(set, "Bookcase", 12, 11.6, 0, 2, 0.4, 2.2, 0, 0.35); //$NON-NLS-1$
		piece(set, "Column", 3, 4, 0, 0.6, 0.6, 5, 0, 0.6); //$NON-NLS-1$
		piece(set, "Flat", 12.5, 5, 0, 3, 0.2, 3, 30, 0.7); //$NON-NLS-1$
		piece(set, "Crates", 10.5, 3, 0, 1, 1, 1, 15, 0.3); //$NON-NLS-1$
		return set;
	}

	private static CameraSetup camera(SetGeometry set) {
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setName("Apartment"); //$NON-NLS-1$
		plan.setWidthM(16);
		plan.setDepthM(12);
		plan.setGeometry(set);
		int n = 0;
		for (double[] m : MARKS) {
			ActorMark mark = ShotsFactory.eINSTANCE.createActorMark();
			mark.setId("mark-" + ++n); //$NON-NLS-1$
			mark.setName("Actor " + n); //$NON-NLS-1$
			mark.setX(m[0]);
			mark.setY(m[1]);
			mark.setFacing(m[2]);
			plan.getMarks().add(mark);
		}
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setName("A"); //$NON-NLS-1$
		c.setSetPlan(plan);
		c.setX(8);
		c.setY(0.8);
		c.setHeight(1.6);
		c.setPan(90);
		c.setTilt(-6);
		c.setLensMm(24);
		c.setSensorWidthMm(24.89);
		return c;
	}

	private static FixtureType type(String name, FixtureKind kind, double watts, double candela, double beam, double field, double cct, double w, double h) {
		FixtureType t = L.createFixtureType();
		t.setId(name);
		t.setName(name);
		t.setKind(kind);
		t.setPowerW(watts);
		t.setCandela(candela);
		t.setBeamAngle(beam);
		t.setFieldAngle(field);
		t.setCct(cct);
		t.setSoftWidthM(w);
		t.setSoftHeightM(h);
		t.setDimmerCurve(kind == FixtureKind.FRESNEL_TUNGSTEN || kind == FixtureKind.PRACTICAL ? DimmerCurve.SQUARE : DimmerCurve.LINEAR);
		return t;
	}

	private static void aimed(LightingSetup s, FixtureType type, String name, double x, double y, double z, double tx, double ty, double tz, double dimmer,
			Gel gel, double diffusion) {
		Fixture f = L.createFixture();
		f.setId(name);
		f.setName(name);
		f.setType(type);
		f.setX(x);
		f.setY(y);
		f.setZ(z);
		double dx = tx - x, dy = ty - y, dz = tz - z;
		f.setPan(dx == 0 && dy == 0 ? 0 : (Math.toDegrees(Math.atan2(dy, dx)) + 360) % 360);
		f.setTilt(Math.toDegrees(Math.atan2(dz, Math.hypot(dx, dy))));
		f.setDimmer(dimmer);
		f.setGel(gel);
		f.setDiffusion(diffusion);
		s.getFixtures().add(f);
	}

	private static void piece(SetGeometry set, String name, double x, double y, double z, double w, double d, double h, double rotation, double reflectance) {
		SetPiece p = L.createSetPiece();
		p.setName(name);
		p.setX(x);
		p.setY(y);
		p.setZ(z);
		p.setWidth(w);
		p.setDepth(d);
		p.setHeight(h);
		p.setRotation(rotation);
		p.setReflectance(reflectance);
		set.getPieces().add(p);
	}
}
