// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A camera's field of view: a translucent wedge from the camera along its pan, drawn under the pointer (never picked). */
public final class FovFigure extends Figure {
	private static final Color WEDGE = new Color(70, 130, 200);
	private static final Color WEDGE_HIGHLIGHT = new Color(230, 120, 20);
	private double pan;
	private double angle;
	private boolean dimmed;
	private boolean highlighted;

	/** Shows a wedge from {@code origin} along {@code panDegrees}, {@code fovDegrees} wide, {@code radius} pixels long. */
	public void setWedge(Point origin, int radius, double panDegrees, double fovDegrees, boolean dim, boolean highlight) {
		pan = panDegrees;
		angle = fovDegrees;
		dimmed = dim;
		highlighted = highlight;
		setBounds(new Rectangle(origin.x - radius, origin.y - radius, 2 * radius, 2 * radius));
		repaint();
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return false;
	}

	@Override
	protected void paintFigure(Graphics g) {
		g.setAntialias(SWT.ON);
		g.setAlpha(dimmed ? 25 : highlighted ? 90 : 55);
		g.setBackgroundColor(highlighted ? WEDGE_HIGHLIGHT : WEDGE);
		// SWT arcs run counter-clockwise from 3 o'clock, like the plan's angles on screen
		g.fillArc(getBounds(), (int) Math.round(pan - angle / 2), (int) Math.round(angle));
		g.setAlpha(dimmed ? 60 : 160);
		g.setForegroundColor(highlighted ? WEDGE_HIGHLIGHT : WEDGE);
		g.drawArc(getBounds().getResized(-1, -1), (int) Math.round(pan - angle / 2), (int) Math.round(angle));
	}
}
