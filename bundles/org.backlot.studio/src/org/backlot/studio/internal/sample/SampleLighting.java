// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.lighting.Wall;
import org.backlot.model.production.Production;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.studio.Studio;

/** The tea house as a lit set: walls, counter and tables, an LED window backing, a look and two lighting set-ups. */
final class SampleLighting {
	private static final LightingFactory F = LightingFactory.eINSTANCE;

	private SampleLighting() {
	}

	static void add(Production p, SetPlan plan, Studio studio) {
		LightingPlan lighting = p.getLighting();
		SetGeometry set = F.createSetGeometry();
		set.setName("茶馆 Tea house"); //$NON-NLS-1$
		set.setWidthM(14);
		set.setDepthM(10);
		set.setHeightM(5);
		set.getWalls().add(wall(0, 0, 14, 0));
		set.getWalls().add(wall(14, 0, 14, 10));
		set.getWalls().add(wall(14, 10, 0, 10));
		set.getWalls().add(wall(0, 10, 0, 0));
		set.getPieces().add(piece("柜台 Counter", 3.3, 5.4, 0.6, 3.0, 1.05)); //$NON-NLS-1$
		set.getPieces().add(piece("书台 Story table", 7, 7.8, 1.2, 0.8, 0.8)); //$NON-NLS-1$
		set.getPieces().add(piece("窗边桌 Window table", 12.3, 5.2, 0.8, 0.8, 0.75)); //$NON-NLS-1$
		set.getPieces().add(piece("茶桌 Tea table", 6.5, 3, 1, 1, 0.75)); //$NON-NLS-1$
		set.getPieces().add(piece("茶桌 Tea table", 9, 6.5, 1, 1, 0.75)); //$NON-NLS-1$
		LedWall window = F.createLedWall();
		window.setX1(13.9);
		window.setY1(2);
		window.setX2(13.9);
		window.setY2(8);
		window.setBottom(0.9);
		window.setHeight(2.4);
		window.setNits(40);
		window.setImagePath(SampleBacking.PATH);
		set.setLedWall(window);
		lighting.getSets().add(set);
		plan.setGeometry(set);

		Look look = F.createLook();
		look.setName("Rainy afternoon, low key"); //$NON-NLS-1$
		look.setKeyToFill(4);
		look.setTargetStop(2.8);
		look.setCct(5000);
		look.setKeyAzimuth(50);
		look.setKeyElevation(25);
		look.setSeparationStops(1.5);
		look.setDescription("Cool window light off the river, warm practicals, faces half in shadow."); //$NON-NLS-1$
		lighting.getLooks().add(look);

		CameraSetup counter = camera(p, "B:"); //$NON-NLS-1$
		LightingSetup b = setup(p, "3C/3D over the counter", counter, set, look); //$NON-NLS-1$
		double[] lin = { 4.2, 5.2, 1.62 };
		b.getFixtures().add(aimed(studio, "LED panel 2x1", "Key", new double[] { 3.2, 3.6, 2.4 }, lin, 0.9, Gel.NONE, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		b.getFixtures().add(aimed(studio, "LED soft panel 60 (sky panel)", "Fill", new double[] { 2.4, 7.2, 2.2 }, lin, 0.1, Gel.NONE, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		b.getFixtures().add(aimed(studio, "HMI Fresnel 1.2 kW", "Window back light", new double[] { 13.5, 6.5, 3.2 }, lin, 0.6, Gel.NONE, 0.5)); //$NON-NLS-1$ //$NON-NLS-2$
		b.getFixtures().add(aimed(studio, "Practical lamp 60 W", "Counter lamp", new double[] { 3.3, 6.6, 1.3 }, new double[] { 3.3, 6.6, 0 }, 1, Gel.NONE, 0)); //$NON-NLS-1$ //$NON-NLS-2$

		CameraSetup past = camera(p, "C:"); //$NON-NLS-1$
		LightingSetup c = setup(p, "7B past Zhou to the counter", past, set, look); //$NON-NLS-1$
		double[] chen = { 2.6, 5.6, 1.62 };
		c.getFixtures().add(aimed(studio, "HMI Fresnel 2.5 kW", "Window key", new double[] { 13.4, 8.2, 3.4 }, chen, 0.8, Gel.NONE, 0.6)); //$NON-NLS-1$ //$NON-NLS-2$
		c.getFixtures().add(aimed(studio, "LED soft panel 60 (sky panel)", "Fill", new double[] { 10.5, 2.6, 2.3 }, chen, 0.08, Gel.NONE, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		c.getFixtures().add(aimed(studio, "LED tube 1.2 m", "Kitchen back light", new double[] { 1.0, 7.2, 2.6 }, chen, 0.6, Gel.HALF_CTO, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		c.getFixtures().add(aimed(studio, "Practical lamp 60 W", "Counter lamp", new double[] { 3.3, 6.6, 1.3 }, new double[] { 3.3, 6.6, 0 }, 1, Gel.NONE, 0)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static CameraSetup camera(Production p, String prefix) {
		return p.getShotList().getSetups().stream().filter(s -> s.getName().startsWith(prefix)).findFirst().orElseThrow();
	}

	private static LightingSetup setup(Production p, String name, CameraSetup camera, SetGeometry set, Look look) {
		LightingSetup s = F.createLightingSetup();
		s.setName(name);
		s.setCameraSetup(camera);
		s.setSet(set);
		s.setLook(look);
		s.setIso(800);
		s.setShutterSeconds(1 / 48.0);
		p.getLighting().getSetups().add(s);
		return s;
	}

	private static Wall wall(double x1, double y1, double x2, double y2) {
		Wall w = F.createWall();
		w.setX1(x1);
		w.setY1(y1);
		w.setX2(x2);
		w.setY2(y2);
		w.setHeight(5);
		w.setReflectance(0.35);
		return w;
	}

	private static SetPiece piece(String name, double x, double y, double w, double d, double h) {
		SetPiece s = F.createSetPiece();
		s.setName(name);
		s.setX(x);
		s.setY(y);
		s.setWidth(w);
		s.setDepth(d);
		s.setHeight(h);
		s.setReflectance(0.3);
		return s;
	}

	/** A lamp of the studio's type at {@code at}, aimed at {@code target}. */
	private static Fixture aimed(Studio studio, String type, String name, double[] at, double[] target, double dimmer, Gel gel,
			double diffusion) {
		FixtureType t = studio.getFixtureTypes().stream().filter(f -> f.getName().equals(type)).findFirst().orElseThrow();
		Fixture f = F.createFixture();
		f.setType(t);
		f.setName(name);
		f.setX(at[0]);
		f.setY(at[1]);
		f.setZ(at[2]);
		double dx = target[0] - at[0];
		double dy = target[1] - at[1];
		double dz = target[2] - at[2];
		f.setPan(Math.round((Math.toDegrees(Math.atan2(dy, dx)) + 360) % 360));
		f.setTilt(Math.round(Math.toDegrees(Math.atan2(dz, Math.hypot(dx, dy)))));
		f.setDimmer(dimmer);
		f.setGel(gel);
		f.setDiffusion(diffusion);
		return f;
	}
}
