// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.util.Date;
import java.util.Map;

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
		CameraSetup counter = setup(p, plan, "B: over the counter", 3, 6, 1.5, 328, 50); //$NON-NLS-1$
		Scene three = scenes.get("3"); //$NON-NLS-1$
		shot(p, three, "3A", ShotSize.WS, CameraMovement.DOLLY, wide, 24, "Dolly in through the crowded tea house to Old He's table."); //$NON-NLS-1$ //$NON-NLS-2$
		shot(p, three, "3B", ShotSize.MCU, CameraMovement.STATIC, wide, 50, "Old He strikes the gavel."); //$NON-NLS-1$ //$NON-NLS-2$
		shot(p, three, "3C", ShotSize.MS, CameraMovement.STATIC, counter, 50, "Chen Mo pours from three feet."); //$NON-NLS-1$ //$NON-NLS-2$
		shot(p, three, "3D", ShotSize.CU, CameraMovement.STATIC, counter, 85, "Lin Xiao: 'Rain covers other sounds.'"); //$NON-NLS-1$ //$NON-NLS-2$
		SampleBlocking.add(p, plan, scenes, wide, counter);

		SampleLighting.add(p, plan, studio);

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
