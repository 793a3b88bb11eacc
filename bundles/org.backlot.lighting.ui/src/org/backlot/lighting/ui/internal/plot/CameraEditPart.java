// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.model.shots.CameraSetup;
import org.backlot.shots.api.FieldOfView;
import org.backlot.ui.internal.plan.CameraPart;

/** The set-up's camera: its glyph highlighted and its field of view as a plain wedge under the lamps; it only shows here. */
final class CameraEditPart extends CameraPart {
	/** How far the wedge reaches, in metres. */
	private static final double WEDGE_M = 5;

	/** The part of a camera set-up. */
	CameraEditPart(CameraSetup setup) {
		super(setup, Messages.cameraLabel, WEDGE_M, FieldOfView::horizontalDegrees);
	}

	@Override
	protected void updateFigure() {
		show(false, true, false);
	}
}
