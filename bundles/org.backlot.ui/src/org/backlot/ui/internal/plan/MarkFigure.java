// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** An actor's mark: a circle with the cast number (or an initial) and a tick pointing where the actor faces. */
public final class MarkFigure extends DotFigure {
	private static final int SIZE = 32;
	private static final int RADIUS = 10;
	private final Color fill;
	private String text = ""; //$NON-NLS-1$
	private double facing;

	/** A mark filled in this colour. */
	public MarkFigure(Color fillColour) {
		super(SIZE, RADIUS + 2);
		fill = fillColour;
	}

	/** Shows the short text in the circle, the facing (degrees) and the full name as a tooltip. */
	public void setMark(String shortText, String name, double facingDegrees) {
		text = shortText == null ? "" : shortText; //$NON-NLS-1$
		facing = facingDegrees;
		setToolTip(new Label(name == null ? text : name));
		repaint();
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle b = getBounds();
		Point c = b.getCenter();
		double r = PlanScale.screenRadians(facing);
		g.setAntialias(SWT.ON);
		g.setForegroundColor(fill);
		g.setLineWidth(3);
		g.drawLine(c.x + (int) Math.round(RADIUS * Math.cos(r)), c.y + (int) Math.round(RADIUS * Math.sin(r)),
				c.x + (int) Math.round((SIZE / 2 - 1) * Math.cos(r)), c.y + (int) Math.round((SIZE / 2 - 1) * Math.sin(r)));
		g.setLineWidth(1);
		g.setBackgroundColor(fill);
		g.fillOval(c.x - RADIUS, c.y - RADIUS, 2 * RADIUS, 2 * RADIUS);
		g.setForegroundColor(ColorConstants.white);
		Dimension t = FigureUtilities.getTextExtents(text, getFont());
		g.drawText(text, c.x - t.width / 2, c.y - t.height / 2);
	}
}
