// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.shots.ActorMark;
import org.eclipse.draw2d.IFigure;

/** An actor's mark: the cast number (or the first letter of the name) in a circle, with a facing tick. */
final class MarkEditPart extends NodeEditPart {
	/** The part of a mark. */
	MarkEditPart(ActorMark mark, PlanContext context) {
		super(mark, context);
	}

	/** The mark. */
	ActorMark mark() {
		return (ActorMark) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new MarkFigure();
	}

	@Override
	boolean movable() {
		return true;
	}

	@Override
	double[] position() {
		return new double[] { mark().getX(), mark().getY() };
	}

	@Override
	void updateFigure() {
		ActorMark m = mark();
		((MarkFigure) getFigure()).setMark(shortText(m), m.getName(), m.getFacing());
	}

	/** The cast number, else the first letter of the mark's or actor's name. */
	static String shortText(ActorMark m) {
		CastMember actor = m.getActor();
		if (actor != null && actor.getCastNumber() > 0) {
			return String.valueOf(actor.getCastNumber());
		}
		String name = actor != null && actor.getName() != null ? actor.getName() : m.getName();
		return name == null || name.isBlank() ? "?" : name.strip().substring(0, 1); //$NON-NLS-1$
	}
}
