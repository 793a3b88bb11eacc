// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.ui.internal.plan.FloorFigure;
import org.backlot.ui.internal.plan.PlanLook;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.graphics.Color;

/** The stage floor from above: the plan's floor, grid and walls, and the LED wall as a bright strip. */
final class StageFloorFigure extends FloorFigure {
	private static final Color LED_GLOW = new Color(120, 200, 255);
	private static final Color LED_CORE = new Color(235, 250, 255);
	private Point[] ledWall;

	/** An empty floor drawn in the look. */
	StageFloorFigure(PlanLook look) {
		super(look);
	}

	/** Shows the LED wall's ends (diagram pixels), or none (null). */
	void setLedWall(Point[] ledPx) {
		ledWall = ledPx;
		repaint();
	}

	@Override
	protected void paintFigure(Graphics g) {
		super.paintFigure(g);
		if (ledWall != null) {
			g.setForegroundColor(LED_GLOW);
			g.setAlpha(90);
			g.setLineWidth(14);
			g.drawLine(ledWall[0], ledWall[1]);
			g.setAlpha(255);
			g.setLineWidth(5);
			g.setForegroundColor(LED_CORE);
			g.drawLine(ledWall[0], ledWall[1]);
		}
	}
}
