// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/** A square glyph standing on its plan point with a label centred under it (a camera, a lamp). */
public abstract class GlyphFigure extends Figure implements Anchored {
	private final int glyph;
	private String label = ""; //$NON-NLS-1$

	/** A figure whose glyph is this many pixels square. */
	protected GlyphFigure(int glyphPx) {
		glyph = glyphPx;
	}

	/** Sets the label (null: none); the caller revalidates and repaints. */
	protected void setLabel(String text) {
		label = text == null ? "" : text; //$NON-NLS-1$
	}

	/** The label. */
	public String label() {
		return label;
	}

	/** The glyph's size in pixels. */
	public int glyph() {
		return glyph;
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		Dimension text = FigureUtilities.getTextExtents(label, getFont());
		return new Dimension(Math.max(glyph, text.width + 4), glyph + text.height);
	}

	@Override
	public Point anchor() {
		return new Point(getPreferredSize().width / 2, glyph / 2);
	}

	/** The glyph's centre in this figure's coordinates. */
	public Point centre() {
		Rectangle b = getBounds();
		return new Point(b.x + b.width / 2, b.y + glyph / 2);
	}

	/** Draws the label centred under the glyph in the graphics' foreground colour. */
	protected void drawLabel(Graphics g) {
		Dimension text = FigureUtilities.getTextExtents(label, getFont());
		g.drawText(label, centre().x - text.width / 2, getBounds().y + glyph);
	}

	/** Points given relative to a centre (pixels), turned by {@code r} radians on screen about it. */
	public static PointList rotated(Point c, double r, double[][] pts) {
		PointList out = new PointList();
		for (double[] p : pts) {
			out.addPoint((int) Math.round(c.x + p[0] * Math.cos(r) - p[1] * Math.sin(r)), (int) Math.round(c.y + p[0] * Math.sin(r) + p[1] * Math.cos(r)));
		}
		return out;
	}
}
