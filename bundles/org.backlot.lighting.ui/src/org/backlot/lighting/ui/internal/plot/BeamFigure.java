// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A lamp's light on the floor from above: the beam (to half intensity) filled
 * in the lamp's colour, the field (to a tenth) faint around it. Drawn under
 * everything else and never picked.
 */
final class BeamFigure extends Figure {
	private PointList beam = new PointList();
	private PointList field = new PointList();
	private Color tint = new Color(255, 220, 150);
	private boolean selected;
	private boolean dashed;

	/** Shows the two outlines (diagram pixels) in a colour; {@code emphasise} for a selected lamp, {@code ghost} dashed. */
	void setBeam(PointList beamPx, PointList fieldPx, RGB colour, boolean emphasise, boolean ghost) {
		beam = beamPx;
		field = fieldPx;
		tint = new Color(colour.red, colour.green, colour.blue);
		selected = emphasise;
		dashed = ghost;
		Rectangle b = field.getBounds().getUnion(beam.getBounds()).getExpanded(2, 2);
		setBounds(b);
		repaint();
	}

	/** Hides the light (a lamp switched off). */
	void clear() {
		beam = new PointList();
		field = new PointList();
		setBounds(new Rectangle());
		repaint();
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return false;
	}

	@Override
	protected void paintFigure(Graphics g) {
		if (beam.size() < 3) {
			return;
		}
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(tint);
		g.setForegroundColor(tint);
		if (dashed) {
			g.setLineStyle(SWT.LINE_DASH);
			g.setAlpha(200);
			g.setLineWidth(2);
			g.drawPolygon(beam);
			g.setAlpha(40);
			g.fillPolygon(beam);
			return;
		}
		g.setAlpha(selected ? 36 : 18);
		g.fillPolygon(field);
		g.setAlpha(selected ? 105 : 60);
		g.fillPolygon(beam);
		g.setAlpha(selected ? 230 : 150);
		g.setLineWidth(selected ? 2 : 1);
		g.drawPolygon(beam);
	}
}
