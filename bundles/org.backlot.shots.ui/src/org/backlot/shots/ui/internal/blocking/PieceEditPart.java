// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.lighting.SetPiece;
import org.eclipse.draw2d.IFigure;

/** A set piece (x, y is its centre), movable. */
final class PieceEditPart extends NodeEditPart {
	/** The part of a piece. */
	PieceEditPart(SetPiece piece, PlanContext context) {
		super(piece, context);
	}

	/** The piece. */
	SetPiece piece() {
		return (SetPiece) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new PieceFigure();
	}

	@Override
	boolean movable() {
		return true;
	}

	@Override
	double[] position() {
		return new double[] { piece().getX(), piece().getY() };
	}

	@Override
	void updateFigure() {
		SetPiece p = piece();
		((PieceFigure) getFigure()).setPiece(p.getName(), PlanScale.px(p.getWidth()), PlanScale.px(p.getDepth()), p.getRotation());
	}
}
