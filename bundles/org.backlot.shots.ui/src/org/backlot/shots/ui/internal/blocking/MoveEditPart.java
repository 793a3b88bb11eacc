// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.Arrays;
import java.util.List;

import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.ui.internal.plan.FloorPart;
import org.backlot.ui.internal.plan.ModelPart;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.gef.GraphicalEditPart;

/** An actor's move: an arrow between two marks that follows them when they move. Not selectable. */
final class MoveEditPart extends ModelPart {
	/** The part of a move. */
	MoveEditPart(ActorMove move) {
		setModel(move);
	}

	/** The move. */
	ActorMove move() {
		return (ActorMove) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new MoveFigure();
	}

	@Override
	protected void createEditPolicies() {
		// an arrow only shows the move
	}

	@Override
	public boolean isSelectable() {
		return false;
	}

	@Override
	protected void refreshVisuals() {
		ActorMark from = move().getFrom();
		ActorMark to = move().getTo();
		Rectangle r = new Rectangle();
		if (from != null && to != null) {
			PlanScale scale = ((FloorPart) getParent()).scale();
			r = ((MoveFigure) getFigure()).setEnds(scale.toPx(from.getX(), from.getY()), scale.toPx(to.getX(), to.getY()));
		}
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), r);
	}

	@Override
	protected List<Notifier> notifiers() {
		return Arrays.asList(move(), move().getFrom(), move().getTo());
	}

	@Override
	protected void changed() {
		refreshVisuals();
	}
}
