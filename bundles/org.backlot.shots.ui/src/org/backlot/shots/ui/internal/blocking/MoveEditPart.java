// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/** An actor's move: an arrow between two marks that follows them when they move. Not selectable. */
final class MoveEditPart extends AbstractGraphicalEditPart {
	private final List<Notifier> watched = new ArrayList<>();
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (!n.isTouch() && isActive()) {
				refreshVisuals();
			}
		}
	};

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
			PlanScale scale = PlanContext.scale(((PlanEditPart) getParent()).plan());
			r = ((MoveFigure) getFigure()).setEnds(scale.toPx(from.getX(), from.getY()), scale.toPx(to.getX(), to.getY()));
		}
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), r);
	}

	@Override
	public void activate() {
		super.activate();
		for (Notifier n : new Notifier[] { move(), move().getFrom(), move().getTo() }) {
			if (n != null) {
				n.eAdapters().add(listener);
				watched.add(n);
			}
		}
	}

	@Override
	public void deactivate() {
		for (Notifier n : watched) {
			n.eAdapters().remove(listener);
		}
		watched.clear();
		super.deactivate();
	}
}
