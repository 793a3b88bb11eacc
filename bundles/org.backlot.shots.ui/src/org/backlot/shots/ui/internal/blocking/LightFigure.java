// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.ui.internal.plan.DotFigure;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A lighting fixture from above: a small lamp with a short beam in its pan direction. */
final class LightFigure extends DotFigure {
	private static final int SIZE = 44;
	private static final Color LAMP = new Color(240, 190, 40);
	private double pan;

	/** A light not shown yet. */
	LightFigure() {
		super(SIZE, 8);
	}

	/** Shows the beam direction (degrees) and the fixture's name as a tooltip. */
	void setLight(String name, double panDegrees) {
		pan = panDegrees;
		setToolTip(new Label(name == null ? "" : name)); //$NON-NLS-1$
		repaint();
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle b = getBounds();
		Point c = b.getCenter();
		double r = PlanScale.screenRadians(pan);
		g.setAntialias(SWT.ON);
		PointList beam = new PointList();
		beam.addPoint(c);
		for (double spread : new double[] { -0.35, 0.35 }) {
			beam.addPoint(c.x + (int) Math.round((SIZE / 2) * Math.cos(r + spread)), c.y + (int) Math.round((SIZE / 2) * Math.sin(r + spread)));
		}
		g.setAlpha(90);
		g.setBackgroundColor(LAMP);
		g.fillPolygon(beam);
		g.setAlpha(255);
		g.fillOval(c.x - 6, c.y - 6, 12, 12);
		g.setForegroundColor(ColorConstants.darkGray);
		g.drawOval(c.x - 6, c.y - 6, 12, 12);
	}
}
