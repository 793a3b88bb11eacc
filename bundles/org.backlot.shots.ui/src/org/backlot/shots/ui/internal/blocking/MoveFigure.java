// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** An actor's move from one mark to another: a dashed arrow (never picked, so the marks under it stay reachable). */
final class MoveFigure extends Figure {
	private static final Color ARROW = new Color(200, 60, 60);
	private static final int PAD = 12;
	private Point from = new Point();
	private Point to = new Point();

	/** The arrow's ends in the parent's coordinates; returns the bounds the figure needs. */
	Rectangle setEnds(Point start, Point end) {
		from = start.getCopy();
		to = end.getCopy();
		repaint();
		return new Rectangle(from, to).expand(PAD, PAD);
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return false;
	}

	@Override
	protected void paintFigure(Graphics g) {
		double len = from.getDistance(to);
		if (len < 1) {
			return;
		}
		double ux = (to.x - from.x) / len;
		double uy = (to.y - from.y) / len;
		// stop short of the marks' circles
		Point a = new Point(from.x + (int) Math.round(ux * 12), from.y + (int) Math.round(uy * 12));
		Point b = new Point(to.x - (int) Math.round(ux * 12), to.y - (int) Math.round(uy * 12));
		g.setAntialias(SWT.ON);
		g.setForegroundColor(ARROW);
		g.setBackgroundColor(ARROW);
		g.setLineWidth(2);
		g.setLineStyle(SWT.LINE_DASH);
		g.drawLine(a, b);
		g.setLineStyle(SWT.LINE_SOLID);
		PointList head = new PointList();
		head.addPoint(b);
		head.addPoint(b.x - (int) Math.round(ux * 10 - uy * 5), b.y - (int) Math.round(uy * 10 + ux * 5));
		head.addPoint(b.x - (int) Math.round(ux * 10 + uy * 5), b.y - (int) Math.round(uy * 10 - ux * 5));
		g.fillPolygon(head);
	}
}
