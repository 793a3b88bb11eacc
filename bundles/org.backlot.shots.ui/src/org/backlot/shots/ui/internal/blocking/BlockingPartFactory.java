// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.ui.internal.plan.MarkPart;
import org.backlot.ui.internal.plan.PartFactory;
import org.backlot.ui.internal.plan.PiecePart;
import org.eclipse.gef.EditPartFactory;

/** The blocking diagram's edit parts, by model class: marks and pieces are placed here. */
final class BlockingPartFactory {
	private BlockingPartFactory() {
	}

	/** The factory whose parts share the context. */
	static EditPartFactory of(PlanContext context) {
		return new PartFactory() //
				.on(SetPlan.class, plan -> new PlanEditPart(plan, context)) //
				.on(CameraSetup.class, setup -> new CameraEditPart(setup, context)) //
				.on(ActorMark.class, mark -> new MarkPart(mark, true)) //
				.on(ActorMove.class, MoveEditPart::new) //
				.on(SetPiece.class, piece -> new PiecePart(piece, true)) //
				.on(Fixture.class, LightEditPart::new);
	}
}
