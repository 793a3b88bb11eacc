// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.lighting.Fixture;
import org.backlot.ui.internal.plan.NodePart;
import org.eclipse.draw2d.IFigure;

/** A lighting fixture, read-only here (the Previs perspective places lights): selectable, not movable. */
final class LightEditPart extends NodePart {
	/** The part of a fixture. */
	LightEditPart(Fixture fixture) {
		super(fixture);
	}

	/** The fixture. */
	Fixture fixture() {
		return (Fixture) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new LightFigure();
	}

	@Override
	public double[] position() {
		return new double[] { fixture().getX(), fixture().getY() };
	}

	@Override
	protected void updateFigure() {
		((LightFigure) getFigure()).setLight(fixture().getName(), fixture().getPan());
	}
}
