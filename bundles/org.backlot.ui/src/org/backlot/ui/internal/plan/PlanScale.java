// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.geometry.Point;

/**
 * Metres on a set's floor plan to pixels of a diagram (at 100 % zoom) and
 * back. The floor is seen from above with y pointing up the screen, so angles
 * read counter-clockwise as they do in the model (0 degrees = +x).
 */
public final class PlanScale {
	/** Pixels per metre at 100 % zoom. */
	public static final int PX_PER_M = 50;
	/** Margin around the floor, in pixels. */
	public static final int MARGIN = PX_PER_M;

	private final double depthM;

	/** A scale for a floor this many metres deep. */
	public PlanScale(double depthM) {
		this.depthM = depthM;
	}

	/** The diagram point of a floor position. */
	public Point toPx(double x, double y) {
		return new Point((int) Math.round(MARGIN + x * PX_PER_M), (int) Math.round(MARGIN + (depthM - y) * PX_PER_M));
	}

	/** The floor x (metres) of a diagram point, rounded to centimetres. */
	public double xOf(Point p) {
		return round((double) (p.x - MARGIN) / PX_PER_M);
	}

	/** The floor y (metres) of a diagram point, rounded to centimetres. */
	public double yOf(Point p) {
		return round(depthM - (double) (p.y - MARGIN) / PX_PER_M);
	}

	/** Metres to pixels. */
	public static int px(double metres) {
		return (int) Math.round(metres * PX_PER_M);
	}

	/** A model angle (degrees, counter-clockwise from +x) as a draw2d direction on screen (y down), in radians. */
	public static double screenRadians(double degrees) {
		return Math.toRadians(-degrees);
	}

	/** The model angle (degrees, counter-clockwise from +x) of the screen direction from one point to another. */
	public static double degreesBetween(Point from, Point to) {
		return Math.toDegrees(Math.atan2(from.y - to.y, to.x - from.x));
	}

	private static double round(double m) {
		return Math.round(m * 100) / 100.0;
	}
}
