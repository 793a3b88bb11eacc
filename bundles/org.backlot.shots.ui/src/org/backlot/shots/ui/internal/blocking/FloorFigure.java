// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The floor of a set seen from above: its rectangle, a one-metre grid and the walls. */
final class FloorFigure extends Figure {
	private static final Color FLOOR = new Color(250, 247, 238);
	private static final Color GRID = new Color(222, 218, 205);
	private static final Color WALL = new Color(70, 62, 55);
	private Rectangle floor = new Rectangle();
	private int step = 50;
	private final List<Point[]> walls = new ArrayList<>();

	/** Shows a floor (in this figure's parent's coordinates), a grid every {@code gridStep} pixels and wall segments. */
	void setFloor(Rectangle floorPx, int gridStep, List<Point[]> wallsPx) {
		floor = floorPx.getCopy();
		step = Math.max(4, gridStep);
		walls.clear();
		walls.addAll(wallsPx);
		repaint();
	}

	@Override
	protected void paintFigure(Graphics g) {
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(FLOOR);
		g.fillRectangle(floor);
		g.setForegroundColor(GRID);
		g.setLineWidth(1);
		for (int x = floor.x + step; x < floor.right(); x += step) {
			g.drawLine(x, floor.y, x, floor.bottom());
		}
		for (int y = floor.bottom() - step; y > floor.y; y -= step) {
			g.drawLine(floor.x, y, floor.right(), y);
		}
		g.setForegroundColor(ColorConstants.gray);
		g.drawRectangle(floor.x, floor.y, floor.width - 1, floor.height - 1);
		g.setForegroundColor(WALL);
		g.setLineWidth(4);
		g.setLineCap(SWT.CAP_ROUND);
		for (Point[] w : walls) {
			g.drawLine(w[0], w[1]);
		}
	}
}
