// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.util.Map;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotSize;
import org.backlot.model.shots.ShotsFactory;

/** The tea house's blocking: actors' marks and moves, and the shots of scenes 7 and 12 on a third set-up. */
final class SampleBlocking {
	private SampleBlocking() {
	}

	static void add(Production p, SetPlan plan, Map<String, Scene> scenes, CameraSetup wide, CameraSetup counter) {
		ActorMark door = mark(p, plan, "Lin Xiao at the door 林晓·门口", 2, 7, 1.6, 90); //$NON-NLS-1$
		ActorMark atCounter = mark(p, plan, "Lin Xiao at the counter 林晓·柜台", 2, 4.2, 5.2, 180); //$NON-NLS-1$
		mark(p, plan, "Chen Mo behind the counter 陈默·柜台后", 1, 2.6, 5.6, 0); //$NON-NLS-1$
		mark(p, plan, "Old He at the story table 老何·书台", 4, 7, 8.5, 270); //$NON-NLS-1$
		mark(p, plan, "Zhou at the window table 周探长·窗边", 3, 11.5, 5, 180); //$NON-NLS-1$
		ActorMove move = ShotsFactory.eINSTANCE.createActorMove();
		move.setActor(door.getActor());
		move.setFrom(door);
		move.setTo(atCounter);
		plan.getMoves().add(move);
		CameraSetup windowSetup = SamplePlans.setup(p, plan, "C: past Zhou to the counter", 12.5, 3.5, 1.3, 160, 40); //$NON-NLS-1$
		Scene seven = scenes.get("7"); //$NON-NLS-1$
		SamplePlans.shot(p, seven, "7A", ShotSize.WS, CameraMovement.STATIC, wide, 24, "Zhou enters, sits by the window, lays the Mauser on the table."); //$NON-NLS-1$ //$NON-NLS-2$
		SamplePlans.shot(p, seven, "7B", ShotSize.MS, CameraMovement.PAN, windowSetup, 40, "Over Zhou's shoulder: Chen Mo pours, unhurried."); //$NON-NLS-1$ //$NON-NLS-2$
		SamplePlans.shot(p, seven, "7C", ShotSize.CU, CameraMovement.STATIC, counter, 85, "Xiao Man: 'The lady upstairs-'"); //$NON-NLS-1$ //$NON-NLS-2$
		SamplePlans.shot(p, seven, "7D", ShotSize.INSERT, CameraMovement.STATIC, windowSetup, 100, "The pistol's grip beside the lidded cup."); //$NON-NLS-1$ //$NON-NLS-2$
		Scene twelve = scenes.get("12"); //$NON-NLS-1$
		SamplePlans.shot(p, twelve, "12A", ShotSize.WS, CameraMovement.DOLLY, wide, 24, "The tea house reopens: regulars drift back to their tables."); //$NON-NLS-1$ //$NON-NLS-2$
		SamplePlans.shot(p, twelve, "12B", ShotSize.MCU, CameraMovement.STATIC, windowSetup, 50, "Harris orders tea in bad Sichuanese; the room laughs."); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static ActorMark mark(Production p, SetPlan plan, String name, int castNumber, double x, double y, double facing) {
		ActorMark m = ShotsFactory.eINSTANCE.createActorMark();
		m.setName(name);
		m.setX(x);
		m.setY(y);
		m.setFacing(facing);
		for (Element e : p.getBreakdown().getElements()) {
			if (e instanceof CastMember c && c.getCastNumber() == castNumber) {
				m.setActor(c);
			}
		}
		plan.getMarks().add(m);
		return m;
	}
}
