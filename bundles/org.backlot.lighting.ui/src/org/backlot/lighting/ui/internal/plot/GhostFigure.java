// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** A proposed lamp not yet applied: a dashed beam and a hollow lamp with its role, never picked. */
final class GhostFigure extends Figure {
	private static final int RADIUS = 9;
	private final PointList beam;
	private final Point lamp;
	private final String role;
	private final Color tint;

	/** A ghost of a lamp at {@code lampPx} with its beam outline, role and light colour. */
	GhostFigure(PointList beamPx, Point lampPx, String roleText, RGB colour) {
		beam = beamPx;
		lamp = lampPx;
		role = roleText == null ? "" : roleText; //$NON-NLS-1$
		tint = new Color(colour.red, colour.green, colour.blue);
		Rectangle b = beam.getBounds().getUnion(new Rectangle(lamp.x - 60, lamp.y - RADIUS - 2, 120, 2 * RADIUS + 20));
		setBounds(b.getExpanded(3, 3));
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return false;
	}

	@Override
	protected void paintFigure(Graphics g) {
		g.setAntialias(SWT.ON);
		g.setForegroundColor(tint);
		g.setBackgroundColor(tint);
		if (beam.size() >= 3) {
			g.setAlpha(35);
			g.fillPolygon(beam);
			g.setAlpha(220);
			g.setLineStyle(SWT.LINE_DASH);
			g.setLineWidth(2);
			g.drawPolygon(beam);
		}
		g.setAlpha(255);
		g.setLineStyle(SWT.LINE_DASH);
		g.setLineWidth(2);
		g.drawOval(lamp.x - RADIUS, lamp.y - RADIUS, 2 * RADIUS, 2 * RADIUS);
		g.setLineStyle(SWT.LINE_SOLID);
		g.setForegroundColor(ColorConstants.white);
		Dimension t = FigureUtilities.getTextExtents(role, getFont());
		g.drawText(role, lamp.x - t.width / 2, lamp.y + RADIUS + 2);
	}
}
