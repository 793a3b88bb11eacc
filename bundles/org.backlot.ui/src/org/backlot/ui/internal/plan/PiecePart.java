// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.backlot.model.lighting.SetPiece;
import org.eclipse.draw2d.IFigure;

/** A set piece (x, y is its centre): selectable and movable where the diagram places pieces, else only shown. */
public class PiecePart extends NodePart {
	private final boolean editable;

	/** The part of a piece; {@code editable} when the diagram places pieces. */
	public PiecePart(SetPiece piece, boolean editable) {
		super(piece);
		this.editable = editable;
	}

	/** The piece. */
	public SetPiece piece() {
		return (SetPiece) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new PieceFigure();
	}

	@Override
	public boolean isSelectable() {
		return editable && super.isSelectable();
	}

	@Override
	public boolean movable() {
		return editable;
	}

	@Override
	public double[] position() {
		return new double[] { piece().getX(), piece().getY() };
	}

	@Override
	protected void updateFigure() {
		SetPiece p = piece();
		((PieceFigure) getFigure()).setPiece(p.getName(), PlanScale.px(p.getWidth()), PlanScale.px(p.getDepth()), p.getRotation());
	}
}
