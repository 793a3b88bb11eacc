// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.lighting.ui.internal.LightingCommands;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.ui.internal.plan.EmfCommand;
import org.backlot.ui.internal.plan.PlanLayoutPolicy;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.CreateRequest;

/** Lamps on the floor: a drag moves one (one EMF command setting x and y), a palette entry dropped on the floor adds one there. */
final class PlotLayoutPolicy extends PlanLayoutPolicy {
	private final PlotContext context;

	/** A policy whose commands go to the context's editing domain. */
	PlotLayoutPolicy(PlotContext context) {
		super((node, x, y) -> node instanceof FixtureEditPart f && context.domain() != null ? LightingCommands.move(context.domain(), f.fixture(), x, y)
				: null);
		this.context = context;
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		return child instanceof FixtureEditPart ? new FixtureDragPolicy(context) : super.createChildEditPolicy(child);
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		EditingDomain domain = context.domain();
		if (domain == null || !(request.getNewObject() instanceof Fixture lamp) || lamp.getType() == null || lamp.eContainer() != null
				|| !(getHost() instanceof SetupEditPart part) || !(part.getModel() instanceof LightingSetup setup)) {
			return null;
		}
		Rectangle at = (Rectangle) getConstraintFor(request);
		Point p = at.getTopLeft();
		PlanScale scale = part.scale();
		// the lamp is not in the model yet: it is placed and aimed where the pointer is, then added by the command
		LightingCommands.place(lamp, setup, scale.xOf(p), scale.yOf(p));
		return new EmfCommand(LightingCommands.addFixture(domain, setup, lamp));
	}
}
