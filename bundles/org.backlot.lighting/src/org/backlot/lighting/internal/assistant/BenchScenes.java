// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.Random;

import org.backlot.core.api.Ids;
import org.backlot.core.api.NewProduction;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.lighting.Wall;
import org.backlot.model.production.Production;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** Lit set-ups made up for tests and the look benchmark: a plain room with one actor facing the camera, or a seeded one with a set piece. */
public final class BenchScenes {
	/** name, kind, watts, peak candela, beam, field, CCT, soft width, soft height, stock: a small rental kit. */
	private static final Object[][] KIT = { //
			{ "Tungsten Fresnel 1 kW", FixtureKind.FRESNEL_TUNGSTEN, 1000, 12000, 30, 50, 3200, 0.0, 0.0, 10 }, //$NON-NLS-1$
			{ "Tungsten Fresnel 2 kW", FixtureKind.FRESNEL_TUNGSTEN, 2000, 26000, 30, 50, 3200, 0.0, 0.0, 6 }, //$NON-NLS-1$
			{ "HMI Fresnel 1.2 kW", FixtureKind.FRESNEL_HMI, 1200, 60000, 30, 50, 5600, 0.0, 0.0, 6 }, //$NON-NLS-1$
			{ "HMI Fresnel 4 kW", FixtureKind.FRESNEL_HMI, 4000, 220000, 30, 50, 5600, 0.0, 0.0, 2 }, //$NON-NLS-1$
			{ "LED panel 2x1", FixtureKind.LED_PANEL, 200, 5000, 50, 90, 5600, 0.6, 0.3, 10 }, //$NON-NLS-1$
			{ "LED soft panel 60", FixtureKind.SKY_PANEL, 450, 9000, 105, 140, 5600, 0.65, 0.3, 6 }, //$NON-NLS-1$
			{ "Soft box 1.2 m", FixtureKind.SOFTBOX, 1000, 3500, 90, 140, 3200, 1.2, 1.2, 4 }, //$NON-NLS-1$
			{ "Book light 2.4 m", FixtureKind.BOOK_LIGHT, 2000, 4000, 110, 160, 5600, 2.4, 2.4, 2 } }; //$NON-NLS-1$

	private BenchScenes() {
	}

	/** A studio holding only a small kit of lamps (for the benchmark when no studio is at hand). */
	public static Studio kit() {
		Studio s = StudioFactory.eINSTANCE.createStudio();
		s.setId(Ids.newId());
		s.setName("Bench kit"); //$NON-NLS-1$
		for (Object[] d : KIT) {
			FixtureType t = LightingFactory.eINSTANCE.createFixtureType();
			t.setId(Ids.newId());
			t.setName((String) d[0]);
			t.setKind((FixtureKind) d[1]);
			t.setPowerW(((Number) d[2]).doubleValue());
			t.setCandela(((Number) d[3]).doubleValue());
			t.setBeamAngle(((Number) d[4]).doubleValue());
			t.setFieldAngle(((Number) d[5]).doubleValue());
			t.setCct(((Number) d[6]).doubleValue());
			t.setSoftWidthM((Double) d[7]);
			t.setSoftHeightM((Double) d[8]);
			s.getFixtureTypes().add(t);
			FixtureStock stock = StudioFactory.eINSTANCE.createFixtureStock();
			stock.setType(t);
			stock.setQuantity((Integer) d[9]);
			s.getFixtureStock().add(stock);
		}
		return s;
	}

	/** An 8 × 8 × 4.5 m room, one actor in the middle facing a camera 3 m away (35 mm lens, eye height), ISO 800 at 1/48 s, no lamps. */
	public static LightingSetup simple(Studio studio) {
		return build(studio, 8, 8, 4.5, new double[] { 4, 5, 270 }, new double[] { 4, 2, 90, 35 }, null);
	}

	/**
	 * A seeded room of 9–14 m with an actor turned up to 30° off a camera 3–5 m away, and a tall bookcase 1.6 m
	 * behind the actor on the camera-left side (110–150° round from the camera), in the way of lamps from there.
	 */
	public static LightingSetup generated(Studio studio, long seed) {
		Random r = new Random(seed);
		double w = 9 + r.nextInt(6);
		double d = 8 + r.nextInt(3);
		double ax = w / 2 + (r.nextDouble() - 0.5) * 2;
		double ay = d * 0.6;
		double dist = 3 + 2 * r.nextDouble();
		double camAngle = 270 + (r.nextDouble() - 0.5) * 40;
		double cx = ax + dist * Math.cos(Math.toRadians(camAngle));
		double cy = ay + dist * Math.sin(Math.toRadians(camAngle));
		double facing = camAngle + (r.nextDouble() - 0.5) * 60;
		double pan = (camAngle + 180) % 360;
		double pieceAngle = Math.toRadians(camAngle - 110 - 40 * r.nextDouble());
		double[] piece = { ax + 1.6 * Math.cos(pieceAngle), ay + 1.6 * Math.sin(pieceAngle) };
		return build(studio, w, d, 5, new double[] { ax, ay, facing }, new double[] { cx, cy, pan, 50 }, piece);
	}

	private static LightingSetup build(Studio studio, double w, double d, double h, double[] actor, double[] camera, double[] piece) {
		Production p = NewProduction.create("Look bench", studio); //$NON-NLS-1$
		SetGeometry set = LightingFactory.eINSTANCE.createSetGeometry();
		set.setName("Bench room"); //$NON-NLS-1$
		set.setWidthM(w);
		set.setDepthM(d);
		set.setHeightM(h);
		set.getWalls().add(wall(0, 0, w, 0, h));
		set.getWalls().add(wall(w, 0, w, d, h));
		set.getWalls().add(wall(w, d, 0, d, h));
		set.getWalls().add(wall(0, d, 0, 0, h));
		if (piece != null) {
			SetPiece s = LightingFactory.eINSTANCE.createSetPiece();
			s.setName("Bookcase"); //$NON-NLS-1$
			s.setX(piece[0]);
			s.setY(piece[1]);
			s.setWidth(0.5);
			s.setDepth(1.2);
			s.setHeight(2.4);
			set.getPieces().add(s);
		}
		p.getLighting().getSets().add(set);
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setName(set.getName());
		plan.setWidthM(w);
		plan.setDepthM(d);
		plan.setGeometry(set);
		p.getShotList().getSetPlans().add(plan);
		ActorMark m = ShotsFactory.eINSTANCE.createActorMark();
		m.setName("Actor"); //$NON-NLS-1$
		m.setX(actor[0]);
		m.setY(actor[1]);
		m.setFacing(actor[2]);
		plan.getMarks().add(m);
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setName("A"); //$NON-NLS-1$
		c.setSetPlan(plan);
		c.setX(camera[0]);
		c.setY(camera[1]);
		c.setHeight(1.6);
		c.setPan(camera[2]);
		c.setLensMm(camera[3]);
		p.getShotList().getSetups().add(c);
		LightingSetup ls = LightingFactory.eINSTANCE.createLightingSetup();
		ls.setName("Bench set-up"); //$NON-NLS-1$
		ls.setCameraSetup(c);
		ls.setSet(set);
		ls.setIso(800);
		ls.setShutterSeconds(1 / 48.0);
		p.getLighting().getSetups().add(ls);
		Ids.assign(p);
		return ls;
	}

	private static Wall wall(double x1, double y1, double x2, double y2, double h) {
		Wall x = LightingFactory.eINSTANCE.createWall();
		x.setX1(x1);
		x.setY1(y1);
		x.setX2(x2);
		x.setY2(y2);
		x.setHeight(h);
		x.setReflectance(0.4);
		return x;
	}
}
