// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.util.Date;
import java.util.Map;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.Wall;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotSize;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.studio.Studio;

/** Shots, a lit set and permit applications of the sample production. */
final class SamplePlans {
	private SamplePlans() {
	}

	static void add(Production p, Map<String, Scene> scenes, Studio studio) {
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setName("茶馆 Tea house"); //$NON-NLS-1$
		plan.setWidthM(14);
		plan.setDepthM(10);
		p.getShotList().getSetPlans().add(plan);
		CameraSetup wide = setup(p, plan, "A: wide from the door", 7, 1, 1.5, 90, 24); //$NON-NLS-1$
		CameraSetup counter = setup(p, plan, "B: over the counter", 3, 6, 1.4, 345, 50); //$NON-NLS-1$
		Scene three = scenes.get("3"); //$NON-NLS-1$
		shot(p, three, "3A", ShotSize.WS, CameraMovement.DOLLY, wide, 24, "Dolly in through the crowded tea house to Old He's table."); //$NON-NLS-1$ //$NON-NLS-2$
		shot(p, three, "3B", ShotSize.MCU, CameraMovement.STATIC, wide, 50, "Old He strikes the gavel."); //$NON-NLS-1$ //$NON-NLS-2$
		shot(p, three, "3C", ShotSize.MS, CameraMovement.STATIC, counter, 50, "Chen Mo pours from three feet."); //$NON-NLS-1$ //$NON-NLS-2$
		shot(p, three, "3D", ShotSize.CU, CameraMovement.STATIC, counter, 85, "Lin Xiao: 'Rain covers other sounds.'"); //$NON-NLS-1$ //$NON-NLS-2$
		SampleBlocking.add(p, plan, scenes, wide, counter);

		LightingPlan lighting = p.getLighting();
		SetGeometry set = LightingFactory.eINSTANCE.createSetGeometry();
		set.setName("茶馆 Tea house"); //$NON-NLS-1$
		set.setWidthM(14);
		set.setDepthM(10);
		set.setHeightM(5);
		set.getWalls().add(wall(0, 0, 14, 0));
		set.getWalls().add(wall(14, 0, 14, 10));
		set.getWalls().add(wall(14, 10, 0, 10));
		set.getWalls().add(wall(0, 10, 0, 0));
		lighting.getSets().add(set);
		plan.setGeometry(set);
		Look look = LightingFactory.eINSTANCE.createLook();
		look.setName("Rainy afternoon, low key"); //$NON-NLS-1$
		look.setKeyToFill(4);
		look.setTargetStop(2.8);
		look.setCct(4300);
		lighting.getLooks().add(look);
		LightingSetup ls = LightingFactory.eINSTANCE.createLightingSetup();
		ls.setName("3C over the counter"); //$NON-NLS-1$
		ls.setCameraSetup(counter);
		ls.setSet(set);
		ls.setLook(look);
		ls.getFixtures().add(fixture(studio, "HMI Fresnel 2.5 kW", "Window key", 13, 5, 3.5, 225, Gel.QUARTER_CTO, 0.5)); //$NON-NLS-1$ //$NON-NLS-2$
		ls.getFixtures().add(fixture(studio, "LED soft panel 60 (sky panel)", "Fill", 5, 2, 2.5, 45, Gel.NONE, 0.3)); //$NON-NLS-1$ //$NON-NLS-2$
		ls.getFixtures().add(fixture(studio, "Practical lamp 60 W", "Counter lamp", 4, 7, 1.2, 0, Gel.NONE, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		lighting.getSetups().add(ls);

		permit(p, studio, AuthorityKind.CULTURE_TOURISM, PermitStatus.APPROVED, "Filming of the short feature in Yongchuan and Yuzhong", //$NON-NLS-1$
				"2027-03-01", "2027-03-20", 60, scenes.get("1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		permit(p, studio, AuthorityKind.TRAFFIC_POLICE, PermitStatus.DRAFT, "Wharf steps and river road at dawn and night", //$NON-NLS-1$
				"2027-03-01", "2027-03-02", 0, scenes.get("1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		PermitApplication police = permit(p, studio, AuthorityKind.POLICE, PermitStatus.SUBMITTED,
				"Prop Mauser pistol and gunshots in the Songji chase", "2027-03-05", "2027-03-05", 45, scenes.get("15")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		police.getHazards().add(Hazard.FIREARMS);
		police.getHazards().add(Hazard.STUNTS);
	}

	static CameraSetup setup(Production p, SetPlan plan, String name, double x, double y, double h, double pan, double lens) {
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setName(name);
		c.setSetPlan(plan);
		c.setX(x);
		c.setY(y);
		c.setHeight(h);
		c.setPan(pan);
		c.setLensMm(lens);
		p.getShotList().getSetups().add(c);
		return c;
	}

	static void shot(Production p, Scene scene, String number, ShotSize size, CameraMovement move, CameraSetup setup, double lens, String text) {
		Shot s = ShotsFactory.eINSTANCE.createShot();
		s.setNumber(number);
		s.setScene(scene);
		s.setSize(size);
		s.setAngle(CameraAngle.EYE_LEVEL);
		s.setMovement(move);
		s.setSetup(setup);
		s.setLensMm(lens);
		s.setDescription(text);
		s.setSetupMinutes(move == CameraMovement.DOLLY ? 45 : 15);
		s.setShootMinutes(20);
		p.getShotList().getShots().add(s);
	}

	private static Wall wall(double x1, double y1, double x2, double y2) {
		Wall w = LightingFactory.eINSTANCE.createWall();
		w.setX1(x1);
		w.setY1(y1);
		w.setX2(x2);
		w.setY2(y2);
		w.setHeight(5);
		w.setReflectance(0.35);
		return w;
	}

	private static Fixture fixture(Studio studio, String type, String name, double x, double y, double z, double pan, Gel gel, double diffusion) {
		FixtureType t = studio.getFixtureTypes().stream().filter(f -> f.getName().equals(type)).findFirst().orElseThrow();
		Fixture f = LightingFactory.eINSTANCE.createFixture();
		f.setType(t);
		f.setName(name);
		f.setX(x);
		f.setY(y);
		f.setZ(z);
		f.setPan(pan);
		f.setTilt(-20);
		f.setDimmer(0.8);
		f.setGel(gel);
		f.setDiffusion(diffusion);
		return f;
	}

	private static PermitApplication permit(Production p, Studio studio, AuthorityKind kind, PermitStatus status, String what, String from,
			String to, int heads, Scene scene) {
		PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
		a.setAuthority(studio.getAuthorities().stream().filter(x -> x.getKind() == kind).findFirst().orElseThrow());
		a.setDescription(what);
		a.setStatus(status);
		if (scene.getLocation() != null) {
			a.getLocations().add(scene.getLocation());
		}
		PermitPeriod period = PermitsFactory.eINSTANCE.createPermitPeriod();
		period.setKind(PeriodKind.SHOOT);
		period.setStart(SampleProduction.date(from));
		period.setEnd(SampleProduction.date(to));
		a.getPeriods().add(period);
		a.setHeadCount(heads);
		a.setPersonInCharge(p.getPeople().stream().filter(x -> "Location manager".equals(x.getRole())).findFirst().orElse(null)); //$NON-NLS-1$
		StatusChange created = PermitsFactory.eINSTANCE.createStatusChange();
		created.setStatus(PermitStatus.DRAFT);
		created.setAt(SampleProduction.date("2027-02-20")); //$NON-NLS-1$
		created.setBy("马骏 Ma Jun"); //$NON-NLS-1$
		a.getHistory().add(created);
		if (status != PermitStatus.DRAFT) {
			StatusChange now = PermitsFactory.eINSTANCE.createStatusChange();
			now.setStatus(status);
			now.setAt(new Date(SampleProduction.date("2027-02-22").getTime())); //$NON-NLS-1$
			now.setBy("马骏 Ma Jun"); //$NON-NLS-1$
			a.getHistory().add(now);
		}
		if (status == PermitStatus.APPROVED) {
			a.setPermitNumber("YC-2027-0142"); //$NON-NLS-1$
		}
		p.getPermitApplications().add(a);
		return a;
	}
}
