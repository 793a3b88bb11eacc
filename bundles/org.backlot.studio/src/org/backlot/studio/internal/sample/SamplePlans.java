// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.util.Map;

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

		SamplePermits.add(p, scenes, studio);
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
}
