// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.geometry.Point;

/** A figure that stands for a point of the floor plan: the offset of that point from the figure's top-left corner. */
public interface Anchored {
	/** The plan point's offset from the figure's top-left corner, in pixels. */
	Point anchor();
}
