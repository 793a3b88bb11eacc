// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.shots.ActorMark;
import org.eclipse.draw2d.IFigure;

/** An actor's mark: the cast number (or the first letter of the name) in a circle, with a facing tick; movable or only shown. */
public class MarkPart extends NodePart {
	private final boolean movable;

	/** The part of a mark; {@code movable} when the diagram places marks. */
	public MarkPart(ActorMark mark, boolean movable) {
		super(mark);
		this.movable = movable;
	}

	/** The mark. */
	public ActorMark mark() {
		return (ActorMark) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new MarkFigure(look().mark());
	}

	@Override
	public boolean movable() {
		return movable;
	}

	@Override
	public double[] position() {
		return new double[] { mark().getX(), mark().getY() };
	}

	@Override
	protected void updateFigure() {
		ActorMark m = mark();
		((MarkFigure) getFigure()).setMark(shortText(m), m.getName(), m.getFacing());
	}

	/** The cast number, else the first letter of the mark's or actor's name. */
	public static String shortText(ActorMark m) {
		CastMember actor = m.getActor();
		if (actor != null && actor.getCastNumber() > 0) {
			return String.valueOf(actor.getCastNumber());
		}
		String name = actor != null && actor.getName() != null ? actor.getName() : m.getName();
		return name == null || name.isBlank() ? "?" : name.strip().substring(0, 1); //$NON-NLS-1$
	}
}
