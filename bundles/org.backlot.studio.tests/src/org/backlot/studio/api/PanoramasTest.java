// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The panorama viewer's projection: known directions land on the expected pixels, and view points and directions convert both ways. */
class PanoramasTest {
	private static final int SW = 256;
	private static final int SH = 128;

	/** A panorama whose red is the column and green twice the row, so that a colour says where it was sampled. */
	private static BufferedImage coded() {
		BufferedImage img = new BufferedImage(SW, SH, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < SH; y++) {
			for (int x = 0; x < SW; x++) {
				img.setRGB(x, y, x << 16 | 2 * y << 8 | 77);
			}
		}
		return img;
	}

	/** The view's centre pixel (odd size: its centre is the view's centre) when looking at (yaw, pitch). */
	private static int[] centre(double yaw, double pitch) {
		BufferedImage view = Panoramas.render(coded(), yaw, pitch, 60, 65, 49);
		int p = view.getRGB(32, 24);
		return new int[] { p >> 16 & 255, p >> 8 & 255 };
	}

	@Test
	void panoramaPixelsOfKnownDirections() {
		assertArrayEquals(new double[] { 512, 256 }, Panoramas.pixel(0, 0, 1024, 512), 1e-9, "centre");
		assertArrayEquals(new double[] { 768, 256 }, Panoramas.pixel(90, 0, 1024, 512), 1e-9, "90° right");
		assertArrayEquals(new double[] { 256, 256 }, Panoramas.pixel(-90, 0, 1024, 512), 1e-9, "90° left");
		assertArrayEquals(new double[] { 512, 0 }, Panoramas.pixel(0, 90, 1024, 512), 1e-9, "straight up");
		assertArrayEquals(new double[] { 0, 512 }, Panoramas.pixel(180, -90, 1024, 512), 1e-9, "behind, straight down");
		assertArrayEquals(new double[] { 45, -30 }, Panoramas.angles(Panoramas.pixel(45, -30, 300, 150)[0], Panoramas.pixel(45, -30, 300, 150)[1], 300, 150),
				1e-9);
	}

	@Test
	void theViewsCentreShowsWhereItLooks() {
		int[] ahead = centre(0, 0);
		assertEquals(128, ahead[0], 1, "centre column");
		assertEquals(127, ahead[1], 2, "horizon row");
		assertEquals(192, centre(90, 0)[0], 1, "90° right is three quarters across");
		assertEquals(64, centre(-90, 0)[0], 1, "90° left is one quarter across");
		int[] up = centre(0, 90);
		assertEquals(0, up[1], 1, "looking straight up shows the top row");
		assertEquals(2 * ((0.5 - 60 / 180.0) * SH - 0.5), centre(30, 60)[1], 2, "60° up");
	}

	@Test
	void everyViewPixelShowsThePanoramaAtItsDirection() {
		BufferedImage pano = coded();
		int w = 80;
		int h = 60;
		BufferedImage view = Panoramas.render(pano, 20, 15, 90, w, h);
		for (int j = 0; j < h; j += 7) {
			for (int i = 0; i < w; i += 5) {
				double[] d = Panoramas.direction(i + 0.5, j + 0.5, 20, 15, 90, w, h);
				double[] px = Panoramas.pixel(d[0], d[1], SW, SH);
				int p = view.getRGB(i, j);
				assertEquals(px[0] - 0.5, p >> 16 & 255, 1.01, "column at " + i + "," + j);
				assertEquals(2 * Math.max(0, px[1] - 0.5), p >> 8 & 255, 2.02, "row at " + i + "," + j);
			}
		}
	}

	@Test
	void directionsOfTheViewEdges() {
		assertArrayEquals(new double[] { 0, 0 }, Panoramas.direction(50, 50, 0, 0, 90, 100, 100), 1e-9);
		assertArrayEquals(new double[] { 45, 0 }, Panoramas.direction(100, 50, 0, 0, 90, 100, 100), 1e-9, "right edge at half the field of view");
		assertArrayEquals(new double[] { 0, 45 }, Panoramas.direction(50, 0, 0, 0, 90, 100, 100), 1e-9, "top edge");
		assertArrayEquals(new double[] { 135, 0 }, Panoramas.direction(100, 50, 90, 0, 90, 100, 100), 1e-9, "turned right");
		assertArrayEquals(new double[] { 0, 60 }, Panoramas.direction(50, 50, 0, 60, 90, 100, 100), 1e-9, "looking up");
	}

	@Test
	void pinsRoundTripBetweenViewAndDirection() {
		Random r = new Random(3);
		for (int k = 0; k < 200; k++) {
			double yaw = r.nextDouble() * 360 - 180;
			double pitch = r.nextDouble() * 170 - 85;
			double fov = 30 + r.nextDouble() * 100;
			double x = r.nextDouble() * 640;
			double y = r.nextDouble() * 480;
			double[] d = Panoramas.direction(x, y, yaw, pitch, fov, 640, 480);
			double[] back = Panoramas.viewPoint(d[0], d[1], yaw, pitch, fov, 640, 480);
			assertNotNull(back);
			assertArrayEquals(new double[] { x, y }, back, 1e-6);
		}
		assertNull(Panoramas.viewPoint(180, 0, 0, 0, 90, 100, 100), "behind the viewer");
		assertArrayEquals(new double[] { 50, 50 }, Panoramas.viewPoint(-170, 10, 190, 10, 60, 100, 100), 1e-9, "yaw wraps round");
	}

	@Test
	void theFastArcTangentIsCloseEverywhere() {
		for (int k = 0; k < 3600; k++) {
			double a = Math.toRadians(k / 10.0);
			for (double r : new double[] { 1e-3, 1, 250 }) {
				double y = r * Math.sin(a);
				double x = r * Math.cos(a);
				assertEquals(Math.atan2(y, x), Panoramas.atan2(y, x), 2e-5, k / 10.0 + "°");
			}
		}
		assertEquals(0, Panoramas.atan2(0, 0));
		assertEquals(Math.PI / 2, Panoramas.atan2(1, 0), 2e-5);
		assertEquals(Math.PI, Math.abs(Panoramas.atan2(0, -1)), 2e-5);
	}

	@Test
	void rendersIntoReusedAndOtherTargets() {
		BufferedImage pano = coded();
		BufferedImage argb = new BufferedImage(33, 21, BufferedImage.TYPE_INT_ARGB);
		assertSame(argb, Panoramas.render(pano, 0, 0, 60, argb));
		assertEquals(0xff, argb.getRGB(16, 10) >>> 24, "opaque");
		BufferedImage bgr = new BufferedImage(33, 21, BufferedImage.TYPE_3BYTE_BGR);
		Panoramas.render(pano, 0, 0, 60, bgr);
		assertEquals(argb.getRGB(16, 10), bgr.getRGB(16, 10));
		BufferedImage jpegLike = new BufferedImage(SW, SH, BufferedImage.TYPE_3BYTE_BGR);
		jpegLike.getGraphics().drawImage(pano, 0, 0, null);
		assertEquals(argb.getRGB(16, 10), Panoramas.render(Panoramas.prepare(jpegLike), 0, 0, 60, 33, 21).getRGB(16, 10));
		assertSame(pano, Panoramas.prepare(pano));
		assertEquals(-180, Panoramas.wrap(180), 1e-9);
		assertEquals(170, Panoramas.wrap(-190), 1e-9);
	}
}
