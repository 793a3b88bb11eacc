// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.ui.internal.plan.MarkPart;
import org.backlot.ui.internal.plan.PartFactory;
import org.backlot.ui.internal.plan.PiecePart;
import org.eclipse.gef.EditPartFactory;

/** The plot's edit parts, by model class: only lamps are placed here; marks, the camera and pieces only show. */
final class PlotPartFactory {
	private PlotPartFactory() {
	}

	/** The factory whose parts share the context. */
	static EditPartFactory of(PlotContext context) {
		return new PartFactory() //
				.on(LightingSetup.class, setup -> new SetupEditPart(setup, context)) //
				.on(Fixture.class, FixtureEditPart::new) //
				.on(ActorMark.class, mark -> new MarkPart(mark, false)) //
				.on(CameraSetup.class, CameraEditPart::new) //
				.on(SetPiece.class, piece -> new PiecePart(piece, false));
	}
}
