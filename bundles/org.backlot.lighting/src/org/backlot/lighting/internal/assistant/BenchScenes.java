// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.Random;

import org.backlot.core.api.Ids;
import org.backlot.core.api.NewProduction;
import org.backlot.lighting.api.FixtureTypes;
import org.backlot.lighting.internal.SetupParts;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.production.Production;
import org.backlot.model.shots.CameraSetup;
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
			FixtureType t = FixtureTypes.of((String) d[0], (FixtureKind) d[1], num(d[2]), num(d[3]), num(d[4]), num(d[5]), num(d[6]), num(d[7]), num(d[8]));
			t.setId(Ids.newId());
			FixtureTypes.stock(s, t, (Integer) d[9]);
		}
		return s;
	}

	private static double num(Object o) {
		return ((Number) o).doubleValue();
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
		SetGeometry set = SetupParts.set("Bench room", w, d, h, 0.2); //$NON-NLS-1$
		SetupParts.walls(set, 0.4);
		if (piece != null) {
			SetupParts.piece(set, "Bookcase", piece[0], piece[1], 0, 0.5, 1.2, 2.4, 0, 0.4); //$NON-NLS-1$
		}
		p.getLighting().getSets().add(set);
		LightingSetup ls = SetupParts.setup(null, "Bench set-up", set); //$NON-NLS-1$
		CameraSetup c = SetupParts.camera(ls, camera[0], camera[1], 1.6, camera[2], 0, camera[3], 36);
		SetupParts.mark(c, null, "Actor", actor[0], actor[1], actor[2]); //$NON-NLS-1$
		p.getShotList().getSetPlans().add(c.getSetPlan());
		p.getShotList().getSetups().add(c);
		p.getLighting().getSetups().add(ls);
		Ids.assign(p);
		return ls;
	}
}
