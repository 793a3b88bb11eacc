// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;

/** A figure drawn about the centre of a square (a mark, a light): it stands on its plan point by that centre and is picked near it. */
public abstract class DotFigure extends Figure implements Anchored {
	private final int size;
	private final int pickRadius;

	/** A square this many pixels wide, picked within {@code pickRadiusPx} of its centre. */
	protected DotFigure(int sizePx, int pickRadiusPx) {
		size = sizePx;
		pickRadius = pickRadiusPx;
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		return new Dimension(size, size);
	}

	@Override
	public Point anchor() {
		return new Point(size / 2, size / 2);
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return getBounds().getCenter().getDistance(new Point(x, y)) <= pickRadius;
	}
}
