// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.draw2d.geometry.Point;

/**
 * Metres on a set plan to pixels of the diagram (at 100 % zoom) and back.
 * The plan is seen from above with y pointing up the screen, so angles read
 * counter-clockwise as they do in the model (0 degrees = +x).
 */
final class PlanScale {
	/** Pixels per metre at 100 % zoom. */
	static final int PX_PER_M = 50;
	/** Margin around the floor, in pixels. */
	static final int MARGIN = PX_PER_M;

	private final double depthM;

	/** A scale for a plan this many metres deep. */
	PlanScale(double depthM) {
		this.depthM = depthM;
	}

	/** The diagram point of a plan position. */
	Point toPx(double x, double y) {
		return new Point((int) Math.round(MARGIN + x * PX_PER_M), (int) Math.round(MARGIN + (depthM - y) * PX_PER_M));
	}

	/** The plan x (metres) of a diagram point, rounded to centimetres. */
	double xOf(Point p) {
		return round((double) (p.x - MARGIN) / PX_PER_M);
	}

	/** The plan y (metres) of a diagram point, rounded to centimetres. */
	double yOf(Point p) {
		return round(depthM - (double) (p.y - MARGIN) / PX_PER_M);
	}

	/** Metres to pixels. */
	static int px(double metres) {
		return (int) Math.round(metres * PX_PER_M);
	}

	/** A model angle (degrees, counter-clockwise from +x) as a draw2d direction on screen (y down), in radians. */
	static double screenRadians(double degrees) {
		return Math.toRadians(-degrees);
	}

	private static double round(double m) {
		return Math.round(m * 100) / 100.0;
	}
}
