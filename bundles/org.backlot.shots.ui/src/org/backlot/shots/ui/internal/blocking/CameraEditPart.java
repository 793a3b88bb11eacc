// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.shots.CameraSetup;
import org.backlot.shots.api.FieldOfView;
import org.backlot.ui.internal.plan.CameraPart;

/** A camera set-up, movable: faint when no shot of the scene uses it, highlighted for the selected shot's set-up. */
final class CameraEditPart extends CameraPart {
	/** How far the wedge reaches, in metres. */
	private static final double WEDGE_M = 4;
	private final PlanContext context;

	/** The part of a set-up. */
	CameraEditPart(CameraSetup setup, PlanContext context) {
		super(setup, Messages.cameraLabel, WEDGE_M, FieldOfView::horizontalDegrees);
		this.context = context;
	}

	@Override
	public boolean movable() {
		return true;
	}

	@Override
	protected boolean dimmed() {
		return !context.inScene(setup());
	}

	@Override
	protected boolean highlighted() {
		return context.highlighted(setup());
	}
}
