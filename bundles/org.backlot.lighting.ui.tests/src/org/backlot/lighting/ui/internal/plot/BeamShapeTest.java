// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a cone meets the floor, seen from above. */
class BeamShapeTest {
	private static double maxX(List<double[]> pts) {
		return pts.stream().mapToDouble(p -> p[0]).max().orElseThrow();
	}

	@Test
	void aLampAimedDownAt45DegreesThrowsItsAxisAsFarAsItIsHigh() {
		assertEquals(3, BeamShape.throwM(3, -45, 100), 1e-9);
		List<double[]> beam = BeamShape.outline(0, 0, 3, 0, -45, 30, 100);
		// the far edge is 45 - 15 = 30 degrees down: 3 / tan 30 = 5.196 m
		assertEquals(3 / Math.tan(Math.toRadians(30)), maxX(beam), 0.05);
		double width = beam.stream().mapToDouble(p -> p[1]).max().orElseThrow() - beam.stream().mapToDouble(p -> p[1]).min().orElseThrow();
		assertTrue(width > 1 && width < 4, "about as wide as the slant distance times the cone: " + width);
	}

	@Test
	void aLevelLampStopsAtTheCap() {
		assertEquals(8, BeamShape.throwM(2, 0, 8), 1e-9);
		assertEquals(8, maxX(BeamShape.outline(0, 0, 2, 0, 0, 20, 8)), 0.01);
	}

	@Test
	void aLampStraightDownLightsAroundItself() {
		List<double[]> beam = BeamShape.outline(5, 5, 2, 90, -90, 40, 20);
		double r = 2 * Math.tan(Math.toRadians(20));
		for (double[] p : beam) {
			assertTrue(Math.hypot(p[0] - 5, p[1] - 5) <= r + 1e-6);
		}
		assertEquals(5 + r, maxX(beam), 0.02);
	}

	@Test
	void theOutlineIsConvexAndCounterClockwise() {
		List<double[]> h = BeamShape.hull(List.of(new double[] { 0, 0 }, new double[] { 2, 0 }, new double[] { 1, 1 }, new double[] { 2, 2 },
				new double[] { 0, 2 }));
		assertEquals(4, h.size(), "the inner point is dropped");
		for (int i = 0; i < h.size(); i++) {
			double[] a = h.get(i), b = h.get((i + 1) % h.size()), c = h.get((i + 2) % h.size());
			assertTrue((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) > 0);
		}
	}

	@Test
	void aBeamStopsAtTheEdgeOfTheFloor() {
		List<double[]> beam = BeamShape.clip(BeamShape.outline(1, 1, 2, 0, -5, 30, 30), 0, 0, 4, 3);
		assertEquals(4, maxX(beam), 1e-9, "cut at the far wall");
		for (double[] p : beam) {
			assertTrue(p[0] >= -1e-9 && p[0] <= 4 + 1e-9 && p[1] >= -1e-9 && p[1] <= 3 + 1e-9);
		}
		assertTrue(beam.size() >= 3);
	}
}
