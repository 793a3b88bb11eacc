// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.draw2d.geometry.Point;
import org.junit.jupiter.api.Test;

/** Metres on the floor to diagram pixels and back, with y up the screen and angles counter-clockwise. */
class PlanScaleTest {
	@Test
	void roundTripsAndPutsYUp() {
		PlanScale scale = new PlanScale(10);
		Point p = scale.toPx(7, 1);
		assertEquals(7, scale.xOf(p), 1e-9);
		assertEquals(1, scale.yOf(p), 1e-9);
		assertTrue(scale.toPx(7, 9).y < p.y, "further up the plan is higher on screen");
		assertEquals(new Point(PlanScale.MARGIN, PlanScale.MARGIN), scale.toPx(0, 10), "the far left corner is the margin in");
	}

	@Test
	void anglesReadCounterClockwiseFromPlusX() {
		Point o = new Point(100, 100);
		assertEquals(0, PlanScale.degreesBetween(o, new Point(150, 100)), 1e-9);
		assertEquals(90, PlanScale.degreesBetween(o, new Point(100, 50)), 1e-9, "up the screen is +y on the floor");
		assertEquals(-Math.PI / 2, PlanScale.screenRadians(90), 1e-9, "and draws upwards on screen");
	}
}
