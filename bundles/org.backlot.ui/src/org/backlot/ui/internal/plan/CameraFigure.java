// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A camera from above: a body with its lens pointing along the pan, and a label under it. */
public final class CameraFigure extends GlyphFigure {
	/** The glyph's size in pixels. */
	public static final int GLYPH = 28;
	private static final Color HIGHLIGHT = new Color(230, 120, 20);
	private final PlanLook look;
	private double pan;
	private boolean dimmed;
	private boolean highlighted;

	/** A camera drawn in the diagram's look. */
	public CameraFigure(PlanLook look) {
		super(GLYPH);
		this.look = look;
	}

	/** Shows the label and the pan (degrees, counter-clockwise from +x); dimmed when no shot of the scene uses it. */
	public void setCamera(String text, double panDegrees, boolean dim, boolean highlight) {
		setLabel(text);
		pan = panDegrees;
		dimmed = dim;
		highlighted = highlight;
		setToolTip(new Label(label()));
		revalidate();
		repaint();
	}

	@Override
	public boolean containsPoint(int x, int y) {
		// only the glyph picks the camera, so that its label does not hide marks
		Point c = centre();
		return Math.abs(x - c.x) <= GLYPH / 2 && Math.abs(y - c.y) <= GLYPH / 2 || super.containsPoint(x, y) && y > getBounds().y + GLYPH;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Point c = centre();
		double r = PlanScale.screenRadians(pan);
		g.setAntialias(SWT.ON);
		if (dimmed) {
			g.setAlpha(110);
		}
		if (highlighted) {
			g.setBackgroundColor(HIGHLIGHT);
			g.fillOval(c.x - GLYPH / 2, c.y - GLYPH / 2, GLYPH, GLYPH);
		}
		g.setBackgroundColor(look.cameraBody());
		g.fillPolygon(rotated(c, r, new double[][] { { -9, -6 }, { 3, -6 }, { 3, 6 }, { -9, 6 } }));
		g.fillPolygon(rotated(c, r, new double[][] { { 3, -2 }, { 12, -7 }, { 12, 7 }, { 3, 2 } }));
		g.setForegroundColor(look.cameraText());
		drawLabel(g);
	}
}
