// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** An actor's mark: a circle with the cast number (or an initial) and a tick pointing where the actor faces. */
final class MarkFigure extends Figure implements Anchored {
	private static final int SIZE = 32;
	private static final int RADIUS = 10;
	private static final Color FILL = new Color(200, 60, 60);
	private String text = ""; //$NON-NLS-1$
	private double facing;

	/** Shows the short text in the circle, the facing (degrees) and the full name as a tooltip. */
	void setMark(String shortText, String name, double facingDegrees) {
		text = shortText == null ? "" : shortText; //$NON-NLS-1$
		facing = facingDegrees;
		setToolTip(new Label(name == null ? text : name));
		repaint();
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		return new Dimension(SIZE, SIZE);
	}

	@Override
	public Point anchor() {
		return new Point(SIZE / 2, SIZE / 2);
	}

	@Override
	public boolean containsPoint(int x, int y) {
		Point c = getBounds().getCenter();
		return c.getDistance(new Point(x, y)) <= RADIUS + 2;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle b = getBounds();
		Point c = b.getCenter();
		double r = PlanScale.screenRadians(facing);
		g.setAntialias(SWT.ON);
		g.setForegroundColor(FILL);
		g.setLineWidth(3);
		g.drawLine(c.x + (int) Math.round(RADIUS * Math.cos(r)), c.y + (int) Math.round(RADIUS * Math.sin(r)),
				c.x + (int) Math.round((SIZE / 2 - 1) * Math.cos(r)), c.y + (int) Math.round((SIZE / 2 - 1) * Math.sin(r)));
		g.setLineWidth(1);
		g.setBackgroundColor(FILL);
		g.fillOval(c.x - RADIUS, c.y - RADIUS, 2 * RADIUS, 2 * RADIUS);
		g.setForegroundColor(ColorConstants.white);
		Dimension t = FigureUtilities.getTextExtents(text, getFont());
		g.drawText(text, c.x - t.width / 2, c.y - t.height / 2);
	}
}
