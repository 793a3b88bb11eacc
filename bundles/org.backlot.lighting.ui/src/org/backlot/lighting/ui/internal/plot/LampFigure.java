// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.model.lighting.FixtureKind;
import org.backlot.ui.internal.plan.GlyphFigure;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A lamp from above, drawn by its kind (a Fresnel's round lens, a panel, a
 * tube, a soft box, a practical's shade) turned to its pan, filled in its
 * light's colour (hollow when switched off), with its name and dimmer below.
 */
final class LampFigure extends GlyphFigure {
	/** The glyph's size in pixels. */
	static final int GLYPH = 26;
	private static final Color OUTLINE = new Color(20, 20, 24);
	private static final Color TEXT = new Color(235, 235, 235);
	private FixtureKind kind = FixtureKind.FRESNEL_TUNGSTEN;
	private double pan;
	private Color fill = ColorConstants.white;
	private boolean off;

	/** A lamp not shown yet. */
	LampFigure() {
		super(GLYPH);
	}

	/** Shows a lamp: its label, kind, pan (degrees), light colour, whether off, and a tooltip. */
	void setLamp(String text, FixtureKind k, double panDegrees, RGB colour, boolean switchedOff, String tip) {
		setLabel(text);
		kind = k == null ? FixtureKind.FRESNEL_TUNGSTEN : k;
		pan = panDegrees;
		fill = new Color(colour.red, colour.green, colour.blue);
		off = switchedOff;
		setToolTip(new Label(tip));
		revalidate();
		repaint();
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return centre().getDistance(new Point(x, y)) <= GLYPH / 2 + 1;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Point c = centre();
		double r = PlanScale.screenRadians(pan);
		g.setAntialias(SWT.ON);
		g.setForegroundColor(OUTLINE);
		g.setBackgroundColor(off ? ColorConstants.gray : fill);
		g.setLineWidth(1);
		PointList body = switch (kind) {
		case LED_PANEL, SKY_PANEL -> rotated(c, r, box(-4, -10, 4, 10));
		case LED_TUBE -> rotated(c, r, box(-2, -12, 2, 12));
		case SOFTBOX, BOOK_LIGHT -> rotated(c, r, box(-5, -11, 5, 11));
		case LED_VOLUME -> rotated(c, r, box(-2, -12, 2, 12));
		default -> null;
		};
		if (body == null) {
			int radius = kind == FixtureKind.PRACTICAL ? 6 : 8;
			// the housing behind the lens, then the lens facing the pan
			g.fillPolygon(rotated(c, r, box(-11, -5, -2, 5)));
			g.drawPolygon(rotated(c, r, box(-11, -5, -2, 5)));
			if (off) {
				g.setBackgroundColor(ColorConstants.lightGray);
			}
			g.fillOval(c.x - radius, c.y - radius, 2 * radius, 2 * radius);
			g.drawOval(c.x - radius, c.y - radius, 2 * radius, 2 * radius);
		} else {
			g.fillPolygon(body);
			g.drawPolygon(body);
		}
		// the direction the light goes
		g.setLineWidth(2);
		g.setForegroundColor(off ? ColorConstants.gray : fill);
		g.drawLine(c.x + (int) Math.round(9 * Math.cos(r)), c.y + (int) Math.round(9 * Math.sin(r)), c.x + (int) Math.round(GLYPH / 2.0 * Math.cos(r)),
				c.y + (int) Math.round(GLYPH / 2.0 * Math.sin(r)));
		g.setForegroundColor(TEXT);
		drawLabel(g);
	}

	private static double[][] box(double x1, double y1, double x2, double y2) {
		return new double[][] { { x1, y1 }, { x2, y1 }, { x2, y2 }, { x1, y2 } };
	}
}
