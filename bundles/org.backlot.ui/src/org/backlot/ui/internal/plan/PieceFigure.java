// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A box-shaped set piece from above: a rotated rectangle with its name. */
public final class PieceFigure extends Figure implements Anchored {
	private static final Color FILL = new Color(214, 196, 170);
	private int widthPx = 20;
	private int depthPx = 20;
	private double rotation;
	private String name = ""; //$NON-NLS-1$

	/** Shows a piece of this size in pixels, rotated counter-clockwise by {@code degrees}. */
	public void setPiece(String text, int wPx, int dPx, double degrees) {
		name = text == null ? "" : text; //$NON-NLS-1$
		widthPx = Math.max(4, wPx);
		depthPx = Math.max(4, dPx);
		rotation = degrees;
		setToolTip(new Label(name));
		revalidate();
		repaint();
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		double r = PlanScale.screenRadians(rotation);
		double c = Math.abs(Math.cos(r));
		double s = Math.abs(Math.sin(r));
		return new Dimension((int) Math.ceil(widthPx * c + depthPx * s) + 2, (int) Math.ceil(widthPx * s + depthPx * c) + 2);
	}

	@Override
	public Point anchor() {
		Dimension d = getPreferredSize();
		return new Point(d.width / 2, d.height / 2);
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle b = getBounds();
		double cx = b.x + b.width / 2.0;
		double cy = b.y + b.height / 2.0;
		double r = PlanScale.screenRadians(rotation);
		PointList box = new PointList();
		double[][] corners = { { -1, -1 }, { 1, -1 }, { 1, 1 }, { -1, 1 } };
		for (double[] k : corners) {
			double dx = k[0] * widthPx / 2.0;
			double dy = k[1] * depthPx / 2.0;
			box.addPoint((int) Math.round(cx + dx * Math.cos(r) - dy * Math.sin(r)), (int) Math.round(cy + dx * Math.sin(r) + dy * Math.cos(r)));
		}
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(FILL);
		g.fillPolygon(box);
		g.setForegroundColor(ColorConstants.darkGray);
		g.drawPolygon(box);
		g.setForegroundColor(ColorConstants.black);
		Dimension text = org.eclipse.draw2d.FigureUtilities.getTextExtents(name, getFont());
		if (text.width < b.width) {
			g.drawText(name, (int) cx - text.width / 2, (int) cy - text.height / 2);
		}
	}
}
