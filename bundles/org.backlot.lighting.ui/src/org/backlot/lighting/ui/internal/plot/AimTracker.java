// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.lighting.ui.internal.LightingCommands;
import org.backlot.lighting.ui.internal.PreviewThrottle;
import org.backlot.lighting.ui.internal.Scenes;
import org.backlot.model.lighting.Fixture;
import org.backlot.ui.internal.plan.EmfCommand;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.tools.SimpleDragTracker;

/** Drags a lamp's aim handle: the lamp turns to the pointer, the preview follows, and the drop pans the lamp in one command. */
final class AimTracker extends SimpleDragTracker {
	private final FixtureEditPart part;
	private final AimHandle handle;
	private final PlotContext context;
	private final PreviewThrottle throttle;
	private double angle;

	/** A tracker for a lamp's handle. */
	AimTracker(FixtureEditPart part, AimHandle handle, PlotContext context) {
		this.part = part;
		this.handle = handle;
		this.context = context;
		this.throttle = new PreviewThrottle(context.feed(), org.backlot.lighting.ui.internal.Messages.noteAiming);
	}

	@Override
	protected String getCommandName() {
		return "aim lamp"; //$NON-NLS-1$
	}

	@Override
	protected void updateSourceRequest() {
		super.updateSourceRequest();
		angle = Math.round(LightingCommands.normalise(PlanScale.degreesBetween(part.absoluteCentre(), getLocation())));
	}

	@Override
	protected void showSourceFeedback() {
		Fixture lamp = part.fixture();
		part.show(lamp.getX(), lamp.getY(), angle);
		handle.showAngle(angle);
		if (lamp.eContainer() == context.feed().setup()) {
			double a = angle;
			throttle.request(() -> Scenes.withFixture(context.feed().setup(), lamp, copy -> copy.setPan(a), context.baseDir()));
		}
	}

	@Override
	protected void eraseSourceFeedback() {
		handle.showAngle(null);
		if (part.isActive()) {
			part.refreshVisualsNow();
		}
		throttle.end();
	}

	@Override
	protected Command getCommand() {
		if (context.domain() == null) {
			return null;
		}
		return new EmfCommand(LightingCommands.pan(context.domain(), part.fixture(), angle));
	}
}
