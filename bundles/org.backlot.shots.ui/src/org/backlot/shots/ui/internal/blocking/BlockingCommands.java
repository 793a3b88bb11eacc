// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.shots.api.FieldOfView;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The EMF commands of the blocking diagram, one labelled command per gesture, for the production's command stack. */
final class BlockingCommands {
	/** Width of a new plan, metres. */
	static final double NEW_PLAN_WIDTH = 12;
	/** Depth of a new plan, metres. */
	static final double NEW_PLAN_DEPTH = 8;

	private BlockingCommands() {
	}

	/** Moves a camera set-up, a mark or a set piece to (x, y) metres on the plan; null for anything else. */
	static Command move(EditingDomain domain, EObject object, double x, double y) {
		EStructuralFeature fx = object.eClass().getEStructuralFeature("x"); //$NON-NLS-1$
		EStructuralFeature fy = object.eClass().getEStructuralFeature("y"); //$NON-NLS-1$
		if (fx == null || fy == null) {
			return null;
		}
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.cmdMove, nameOf(object)));
		c.append(SetCommand.create(domain, object, fx, x));
		c.append(SetCommand.create(domain, object, fy, y));
		return c;
	}

	/** Pans a camera set-up to the given angle (normalised to 0..360 degrees). */
	static Command pan(EditingDomain domain, CameraSetup camera, double degrees) {
		double pan = ((degrees % 360) + 360) % 360;
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.cmdPan, camera.getName(), Math.round(pan)));
		c.append(SetCommand.create(domain, camera, ShotsPackage.Literals.CAMERA_SETUP__PAN, pan));
		return c;
	}

	/** Creates the scene's plan: named after its set, 12 x 8 m, on the lighting set of that name if there is one. */
	static Command createPlan(EditingDomain domain, Production p, Scene scene) {
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setName(ScenePlans.planName(scene));
		plan.setWidthM(NEW_PLAN_WIDTH);
		plan.setDepthM(NEW_PLAN_DEPTH);
		if (p.getLighting() != null) {
			for (SetGeometry g : p.getLighting().getSets()) {
				if (plan.getName().equals(g.getName())) {
					plan.setGeometry(g);
					plan.setWidthM(g.getWidthM() > 0 ? g.getWidthM() : NEW_PLAN_WIDTH);
					plan.setDepthM(g.getDepthM() > 0 ? g.getDepthM() : NEW_PLAN_DEPTH);
				}
			}
		}
		return labelled(NLS.bind(Messages.cmdCreatePlan, plan.getName()),
				AddCommand.create(domain, p.getShotList(), ShotsPackage.Literals.SHOT_LIST__SET_PLANS, plan));
	}

	/** Adds a camera set-up in the middle of the plan, looking up the plan (+y) with a 35 mm lens. */
	static Command addCamera(EditingDomain domain, Production p, SetPlan plan) {
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setName(NLS.bind(Messages.defaultCameraName, ScenePlans.cameras(p, plan).size() + 1));
		c.setSetPlan(plan);
		c.setX(plan.getWidthM() / 2);
		c.setY(1);
		c.setHeight(1.5);
		c.setPan(90);
		c.setLensMm(35);
		c.setSensorWidthMm(FieldOfView.DEFAULT_SENSOR_WIDTH_MM);
		return labelled(NLS.bind(Messages.cmdAddCamera, c.getName()),
				AddCommand.create(domain, p.getShotList(), ShotsPackage.Literals.SHOT_LIST__SETUPS, c));
	}

	/** Adds a mark for the actor (or an unnamed mark) in the middle of the plan, facing the camera side (-y). */
	static Command addMark(EditingDomain domain, SetPlan plan, CastMember actor) {
		ActorMark m = ShotsFactory.eINSTANCE.createActorMark();
		m.setName(actor != null ? actor.getName() : NLS.bind(Messages.defaultMarkName, plan.getMarks().size() + 1));
		m.setActor(actor);
		m.setX(plan.getWidthM() / 2);
		m.setY(plan.getDepthM() / 2);
		m.setFacing(270);
		return labelled(NLS.bind(Messages.cmdAddMark, m.getName()),
				AddCommand.create(domain, plan, ShotsPackage.Literals.SET_PLAN__MARKS, m));
	}

	/** Adds a move from one mark to another, by the first mark's actor. */
	static Command addMove(EditingDomain domain, SetPlan plan, ActorMark from, ActorMark to) {
		ActorMove move = ShotsFactory.eINSTANCE.createActorMove();
		move.setActor(from.getActor() != null ? from.getActor() : to.getActor());
		move.setFrom(from);
		move.setTo(to);
		return labelled(NLS.bind(Messages.cmdAddMove, nameOf(from) + " \u2192 " + nameOf(to)), //$NON-NLS-1$
				AddCommand.create(domain, plan, ShotsPackage.Literals.SET_PLAN__MOVES, move));
	}

	/** The name shown for a plan object in command labels. */
	static String nameOf(EObject object) {
		if (object instanceof CameraSetup c) {
			return c.getName();
		}
		if (object instanceof ActorMark m) {
			return m.getName() != null ? m.getName() : m.getActor() != null ? m.getActor().getName() : ""; //$NON-NLS-1$
		}
		if (object instanceof SetPiece s) {
			return s.getName();
		}
		return object.eClass().getName();
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand c = new CompoundCommand(label);
		c.append(command);
		return c;
	}
}
