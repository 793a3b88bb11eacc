// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;

/**
 * A whole floor plan: the floor at the bottom, then a layer of what lies on
 * the floor (fields of view, beams), then any layers a diagram adds, then the
 * edit parts' figures.
 */
public class PlanFigure extends FreeformLayer {
	private final FloorFigure floor;
	private final FreeformLayer under = new FreeformLayer();
	private final FreeformLayer content = new FreeformLayer();

	/** An empty plan on this floor. */
	public PlanFigure(FloorFigure floor) {
		this.floor = floor;
		setLayoutManager(new FreeformLayout());
		add(floor);
		add(under);
		content.setLayoutManager(new FreeformLayout());
		add(content);
	}

	/** The floor. */
	public FloorFigure floor() {
		return floor;
	}

	/** The layer of what lies on the floor under everything else (figures placed by their own bounds). */
	public IFigure under() {
		return under;
	}

	/** Adds a layer (figures placed by their own bounds) above the others and under the edit parts' figures. */
	public IFigure addLayer() {
		FreeformLayer layer = new FreeformLayer();
		add(layer, getChildren().indexOf(content));
		return layer;
	}

	/** The layer of the edit parts' figures (an XY layout). */
	public IFigure content() {
		return content;
	}
}
