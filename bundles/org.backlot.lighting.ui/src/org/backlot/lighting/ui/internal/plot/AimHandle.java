// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.Locator;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.handles.AbstractHandle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The knob at the end of a selected lamp's aim line: drag it around the lamp to pan the lamp. */
final class AimHandle extends AbstractHandle {
	/** How far the knob stands from the lamp, in pixels at any zoom. */
	static final int REACH = 48;
	private static final int KNOB = 6;
	private static final Color COLOUR = new Color(255, 170, 40);
	private final FixtureEditPart part;
	private final PlotContext context;
	private Double angle;

	/** The handle of a lamp. */
	AimHandle(FixtureEditPart owner, PlotContext context) {
		this.part = owner;
		this.context = context;
		setOwner(owner);
		setLocator(new Locator() {
			@Override
			public void relocate(IFigure target) {
				place();
			}
		});
		setToolTip(new Label(Messages.aimTip));
		setCursor(org.eclipse.draw2d.Cursors.HAND);
	}

	/** Shows the knob at an angle (degrees) other than the lamp's while it is dragged; null: the lamp's pan. */
	void showAngle(Double degrees) {
		angle = degrees;
		place();
		repaint();
	}

	private double degrees() {
		return angle != null ? angle : part.fixture().getPan();
	}

	/** The knob's centre in this handle's parent's coordinates. */
	private Point[] ends() {
		Point c = part.absoluteCentre();
		double r = PlanScale.screenRadians(degrees());
		Point k = new Point(c.x + (int) Math.round(REACH * Math.cos(r)), c.y + (int) Math.round(REACH * Math.sin(r)));
		translateToRelative(c);
		translateToRelative(k);
		return new Point[] { c, k };
	}

	private void place() {
		if (getParent() == null) {
			return;
		}
		Point[] e = ends();
		setBounds(new Rectangle(e[0], e[1]).getExpanded(KNOB + 2, KNOB + 2));
	}

	@Override
	public boolean containsPoint(int x, int y) {
		if (getParent() == null) {
			return false;
		}
		return ends()[1].getDistance(new Point(x, y)) <= KNOB + 3;
	}

	@Override
	protected DragTracker createDragTracker() {
		return new AimTracker(part, this, context);
	}

	@Override
	protected void paintFigure(Graphics g) {
		Point[] e = ends();
		g.setAntialias(SWT.ON);
		g.setForegroundColor(COLOUR);
		g.setBackgroundColor(COLOUR);
		g.setLineWidth(1);
		g.setLineStyle(SWT.LINE_DOT);
		g.drawLine(e[0], e[1]);
		g.setLineStyle(SWT.LINE_SOLID);
		g.fillOval(e[1].x - KNOB, e[1].y - KNOB, 2 * KNOB, 2 * KNOB);
	}
}
