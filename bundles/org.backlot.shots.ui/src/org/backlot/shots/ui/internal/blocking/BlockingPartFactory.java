// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

/** The one factory of the diagram's edit parts, by model class. */
final class BlockingPartFactory implements EditPartFactory {
	private final PlanContext context;

	/** A factory whose parts share the context. */
	BlockingPartFactory(PlanContext context) {
		this.context = context;
	}

	@Override
	public EditPart createEditPart(EditPart parent, Object model) {
		if (model instanceof SetPlan plan) {
			return new PlanEditPart(plan, context);
		}
		if (model instanceof CameraSetup setup) {
			return new CameraEditPart(setup, context);
		}
		if (model instanceof ActorMark mark) {
			return new MarkEditPart(mark, context);
		}
		if (model instanceof ActorMove move) {
			return new MoveEditPart(move);
		}
		if (model instanceof SetPiece piece) {
			return new PieceEditPart(piece, context);
		}
		if (model instanceof Fixture fixture) {
			return new LightEditPart(fixture, context);
		}
		throw new IllegalArgumentException("no edit part for " + model); //$NON-NLS-1$
	}
}
