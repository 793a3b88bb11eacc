// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

/** The floor of a set seen from above: its rectangle, a one-metre grid and the walls, in a diagram's look. */
public class FloorFigure extends Figure {
	private final PlanLook look;
	private Rectangle floor = new Rectangle();
	private int step = PlanScale.PX_PER_M;
	private final List<Point[]> walls = new ArrayList<>();

	/** An empty floor drawn in the look. */
	public FloorFigure(PlanLook look) {
		this.look = look;
	}

	/** Shows a floor (in the parent's coordinates), a grid every {@code gridStep} pixels and wall segments. */
	public void setFloor(Rectangle floorPx, int gridStep, List<Point[]> wallsPx) {
		floor = floorPx.getCopy();
		step = Math.max(4, gridStep);
		walls.clear();
		walls.addAll(wallsPx);
		repaint();
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return look.floorPicks() && super.containsPoint(x, y);
	}

	@Override
	protected void paintFigure(Graphics g) {
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(look.floor());
		g.fillRectangle(floor);
		g.setForegroundColor(look.grid());
		g.setLineWidth(1);
		for (int x = floor.x + step; x < floor.right(); x += step) {
			g.drawLine(x, floor.y, x, floor.bottom());
		}
		for (int y = floor.bottom() - step; y > floor.y; y -= step) {
			g.drawLine(floor.x, y, floor.right(), y);
		}
		g.setForegroundColor(ColorConstants.gray);
		g.drawRectangle(floor.x, floor.y, floor.width - 1, floor.height - 1);
		g.setForegroundColor(look.wall());
		g.setLineWidth(look.wallWidth());
		g.setLineCap(SWT.CAP_ROUND);
		for (Point[] w : walls) {
			g.drawLine(w[0], w[1]);
		}
	}
}
