// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A camera from above: a body with its lens pointing along the pan, and a label under it. */
final class CameraFigure extends Figure implements Anchored {
	/** The glyph's size in pixels. */
	static final int GLYPH = 28;
	private static final Color BODY = new Color(40, 60, 90);
	private static final Color HIGHLIGHT = new Color(230, 120, 20);
	private String label = ""; //$NON-NLS-1$
	private double pan;
	private boolean dimmed;
	private boolean highlighted;

	/** Shows the label and the pan (degrees, counter-clockwise from +x); dimmed when no shot of the scene uses it. */
	void setCamera(String text, double panDegrees, boolean dim, boolean highlight) {
		label = text == null ? "" : text; //$NON-NLS-1$
		pan = panDegrees;
		dimmed = dim;
		highlighted = highlight;
		setToolTip(new Label(label));
		revalidate();
		repaint();
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		Dimension text = FigureUtilities.getTextExtents(label, getFont());
		return new Dimension(Math.max(GLYPH, text.width + 4), GLYPH + text.height);
	}

	@Override
	public Point anchor() {
		return new Point(getPreferredSize().width / 2, GLYPH / 2);
	}

	@Override
	public boolean containsPoint(int x, int y) {
		// only the glyph picks the camera, so that its label does not hide marks
		Rectangle b = getBounds();
		int cx = b.x + b.width / 2;
		int cy = b.y + GLYPH / 2;
		return Math.abs(x - cx) <= GLYPH / 2 && Math.abs(y - cy) <= GLYPH / 2 || super.containsPoint(x, y) && y > b.y + GLYPH;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle b = getBounds();
		int cx = b.x + b.width / 2;
		int cy = b.y + GLYPH / 2;
		double r = PlanScale.screenRadians(pan);
		g.setAntialias(SWT.ON);
		if (dimmed) {
			g.setAlpha(110);
		}
		if (highlighted) {
			g.setBackgroundColor(HIGHLIGHT);
			g.fillOval(cx - GLYPH / 2, cy - GLYPH / 2, GLYPH, GLYPH);
		}
		g.setBackgroundColor(BODY);
		g.fillPolygon(rotated(cx, cy, r, new double[][] { { -9, -6 }, { 3, -6 }, { 3, 6 }, { -9, 6 } }));
		g.fillPolygon(rotated(cx, cy, r, new double[][] { { 3, -2 }, { 12, -7 }, { 12, 7 }, { 3, 2 } }));
		g.setForegroundColor(ColorConstants.black);
		Dimension text = FigureUtilities.getTextExtents(label, getFont());
		g.drawText(label, cx - text.width / 2, b.y + GLYPH);
	}

	private static PointList rotated(int cx, int cy, double r, double[][] pts) {
		PointList out = new PointList();
		for (double[] p : pts) {
			out.addPoint((int) Math.round(cx + p[0] * Math.cos(r) - p[1] * Math.sin(r)), (int) Math.round(cy + p[0] * Math.sin(r) + p[1] * Math.cos(r)));
		}
		return out;
	}
}
