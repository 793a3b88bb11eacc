// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;

/** The whole plan: the floor at the bottom, then the cameras' fields of view, then the pieces, marks, lights and cameras. */
final class PlanFigure extends FreeformLayer {
	private final FloorFigure floor = new FloorFigure();
	private final FreeformLayer wedges = new FreeformLayer();
	private final FreeformLayer content = new FreeformLayer();

	/** An empty plan. */
	PlanFigure() {
		setLayoutManager(new FreeformLayout());
		add(floor);
		add(wedges);
		content.setLayoutManager(new FreeformLayout());
		add(content);
	}

	/** The floor. */
	FloorFigure floor() {
		return floor;
	}

	/** The layer of the fields of view (figures placed by their own bounds). */
	IFigure wedges() {
		return wedges;
	}

	/** The layer of the edit parts' figures (an XY layout). */
	IFigure content() {
		return content;
	}
}
