// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.lighting.Fixture;
import org.eclipse.draw2d.IFigure;

/** A lighting fixture, read-only here (the Previs perspective places lights): selectable, not movable. */
final class LightEditPart extends NodeEditPart {
	/** The part of a fixture. */
	LightEditPart(Fixture fixture, PlanContext context) {
		super(fixture, context);
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
	boolean movable() {
		return false;
	}

	@Override
	double[] position() {
		return new double[] { fixture().getX(), fixture().getY() };
	}

	@Override
	void updateFigure() {
		((LightFigure) getFigure()).setLight(fixture().getName(), fixture().getPan());
	}
}
