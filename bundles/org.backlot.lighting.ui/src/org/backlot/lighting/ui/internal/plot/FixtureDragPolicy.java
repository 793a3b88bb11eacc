// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.List;

import org.backlot.lighting.ui.internal.PreviewThrottle;
import org.backlot.lighting.ui.internal.Scenes;
import org.backlot.model.lighting.Fixture;
import org.eclipse.draw2d.geometry.PrecisionRectangle;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;

/**
 * Selection and drag of a lamp: besides GEF's outline it shows the beam where
 * the lamp would stand and sends the scene with the lamp there to the preview
 * while the mouse moves; a selected lamp gets an aim handle.
 */
final class FixtureDragPolicy extends NonResizableEditPolicy {
	private final PlotContext context;
	private final PreviewThrottle throttle;

	/** A policy whose previews go to the context's feed. */
	FixtureDragPolicy(PlotContext context) {
		this.context = context;
		this.throttle = new PreviewThrottle(context.feed(), org.backlot.lighting.ui.internal.Messages.noteDragging);
	}

	private FixtureEditPart part() {
		return (FixtureEditPart) getHost();
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	protected List createSelectionHandles() {
		List handles = super.createSelectionHandles();
		handles.add(new AimHandle(part(), context));
		return handles;
	}

	@Override
	protected void showChangeBoundsFeedback(ChangeBoundsRequest request) {
		super.showChangeBoundsFeedback(request);
		if (!RequestConstants.REQ_MOVE.equals(request.getType())) {
			return;
		}
		PrecisionRectangle r = new PrecisionRectangle(getInitialFeedbackBounds().getCopy());
		getHostFigure().translateToAbsolute(r);
		r.translate(request.getMoveDelta());
		getHostFigure().translateToRelative(r);
		double[] at = part().positionFor(r);
		Fixture lamp = part().fixture();
		part().show(at[0], at[1], lamp.getPan());
		preview(lamp, at[0], at[1]);
	}

	/** Sends the scene with the lamp at (x, y) to the preview. */
	void preview(Fixture lamp, double x, double y) {
		if (context.feed().setup() == null || lamp.eContainer() != context.feed().setup()) {
			return;
		}
		throttle.request(() -> Scenes.withFixture(context.feed().setup(), lamp, copy -> {
			copy.setX(x);
			copy.setY(y);
		}, context.baseDir()));
	}

	@Override
	protected void eraseChangeBoundsFeedback(ChangeBoundsRequest request) {
		super.eraseChangeBoundsFeedback(request);
		if (part().isActive()) {
			part().refreshVisualsNow();
		}
		throttle.end();
	}
}
