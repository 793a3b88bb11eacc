// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.backlot.studio.api.Panoramas;

/**
 * Paints a plausible equirectangular survey panorama in code: a sky with
 * clouds and the sun, hills on the horizon, buildings, water or a road, and
 * a compass (N, E, S, W marks on the horizon, a rose at the nadir) so that
 * the viewer shows where it looks. Yaw 0 (the picture's centre) is north.
 */
final class PanoramaPainter {
	/** What the place looks like. */
	record Look(long seed, int buildings, boolean water, boolean road, boolean green, boolean night) {
	}

	/** 5×7 glyphs of the compass letters, one row a string. */
	private static final String[][] GLYPHS = { { "N", "10001", "11001", "10101", "10011", "10001", "10001", "10001" },
			{ "E", "11111", "10000", "10000", "11110", "10000", "10000", "11111" },
			{ "S", "01111", "10000", "10000", "01110", "00001", "00001", "11110" },
			{ "W", "10001", "10001", "10001", "10101", "10101", "11011", "10001" } };

	private PanoramaPainter() {
	}

	/** The panorama, {@code w} × {@code w/2} pixels, with or without the compass marks. */
	static BufferedImage paint(Look look, int w, boolean compass) {
		int h = w / 2;
		Random r = new Random(look.seed());
		double[] hills = new double[w];
		double p1 = r.nextDouble() * 6.3;
		double p2 = r.nextDouble() * 6.3;
		for (int x = 0; x < w; x++) {
			double a = 2 * Math.PI * x / w;
			hills[x] = (look.green() ? 9 : 4) + 3 * Math.sin(2 * a + p1) + 2 * Math.sin(5 * a + p2) + Math.sin(13 * a);
		}
		double[] roof = new double[w];
		int[] wall = new int[w];
		int[] left = new int[w];
		for (int b = 0; b < look.buildings(); b++) {
			int width = w / 60 + r.nextInt(w / 25);
			int at = r.nextInt(w);
			if (look.water() && Math.abs(at - w / 2) < w / 5) {
				continue;
			}
			double top = 4 + r.nextDouble() * (look.green() ? 6 : 22);
			int grey = 90 + r.nextInt(110);
			int colour = look.night() ? rgb(grey / 4 + 10, grey / 4 + 10, grey / 4 + 18) : rgb(grey + r.nextInt(25), grey, grey - r.nextInt(25));
			for (int i = 0; i < width; i++) {
				int x = (at + i) % w;
				if (top > roof[x]) {
					roof[x] = top;
					wall[x] = colour;
					left[x] = at;
				}
			}
		}
		double sunYaw = -120 + r.nextDouble() * 240;
		double sunPitch = look.night() ? -30 : 25 + r.nextDouble() * 30;
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			double pitch = 90 - (y + 0.5) * 180.0 / h;
			for (int x = 0; x < w; x++) {
				double yaw = (x + 0.5) * 360.0 / w - 180;
				int c;
				if (pitch >= 0) {
					c = pitch < roof[x] ? window(wall[x], x - left[x], y, look.night()) : pitch < hills[x] ? hill(look, pitch / hills[x]) : sky(look, yaw, pitch, sunYaw, sunPitch);
				} else {
					c = look.night() ? blend(ground(look, yaw, pitch, x, y), rgb(10, 12, 24), 0.7) : ground(look, yaw, pitch, x, y);
				}
				img.setRGB(x, y, c);
			}
		}
		if (compass) {
			compass(img);
		}
		return img;
	}

	private static int sky(Look look, double yaw, double pitch, double sunYaw, double sunPitch) {
		double t = pitch / 90;
		double cloud = 0.5 + 0.25 * Math.sin(Math.toRadians(yaw) * 7 + pitch / 6) * Math.sin(pitch / 4 + Math.toRadians(yaw) * 3);
		if (look.night()) {
			return rgb(20 + 20 * (1 - t), 24 + 20 * (1 - t), 48 + 30 * (1 - t));
		}
		double rr = 185 - 90 * t + 50 * cloud;
		double gg = 200 - 70 * t + 45 * cloud;
		double bb = 220 - 20 * t + 25 * cloud;
		double d = Math.hypot(Panoramas.wrap(yaw - sunYaw) * Math.cos(Math.toRadians(pitch)), pitch - sunPitch);
		double glow = d < 3 ? 1 : Math.max(0, 1 - (d - 3) / 25) * 0.5;
		return rgb(rr + (255 - rr) * glow, gg + (245 - gg) * glow, bb + (220 - bb) * glow);
	}

	private static int hill(Look look, double t) {
		return look.green() ? rgb(60 + 40 * t, 110 + 30 * t, 70 + 30 * t) : rgb(110 + 30 * t, 125 + 30 * t, 135 + 30 * t);
	}

	private static int window(int wall, int dx, int y, boolean night) {
		boolean pane = dx % 6 >= 2 && y % 7 >= 3;
		if (!pane) {
			return wall;
		}
		return night ? ((dx * 31 + y * 17) % 5 < 2 ? rgb(255, 210, 130) : rgb(40, 40, 50)) : blend(wall, rgb(60, 75, 95), 0.6);
	}

	/** The ground seen from 1.6 m: a north-south road beside the camera (on its verge), water north of a quay, tea rows or paving. */
	private static int ground(Look look, double yaw, double pitch, int x, int y) {
		double dist = 1.6 / Math.max(Math.tan(Math.toRadians(-pitch)), 1e-6);
		double a = Math.toRadians(yaw);
		double lateral = dist * Math.sin(a);
		double along = dist * Math.cos(a);
		double near = Math.min(1, 4 / dist);
		double detail = Math.min(1, 12 / dist);
		if (look.road() && lateral > -6 && lateral < 1) {
			boolean dash = Math.abs(lateral + 2.5) < 0.08 && Math.floorMod((int) Math.floor(along / 3), 2) == 0;
			return dash ? rgb(230, 230, 220) : rgb(70 + 25 * near, 72 + 25 * near, 76 + 25 * near);
		}
		if (look.water() && along > 12) {
			double ripple = 10 * Math.sin(x * 0.35 + y * 1.7) * Math.sin(y * 0.9);
			return rgb(85 + ripple, 102 + ripple, 112 + ripple);
		}
		if (look.green()) {
			double rows = detail * Math.sin(2 * Math.PI * along / 1.5);
			return rgb(70 + 20 * rows, 118 + 30 * rows + 20 * near, 60 + 10 * rows);
		}
		double tile = (Math.floorMod((int) Math.floor(lateral / 0.6) + (int) Math.floor(along / 0.6), 2) == 0 ? 5 : -5) * detail;
		return rgb(120 + tile + 30 * near, 115 + tile + 30 * near, 106 + tile + 30 * near);
	}

	/** Ticks every 45° on the horizon, the letters at N, E, S, W, and a rose pointing north at the nadir. */
	private static void compass(BufferedImage img) {
		int w = img.getWidth();
		int h = img.getHeight();
		int horizon = h / 2;
		for (int k = 0; k < 8; k++) {
			int x = (w / 2 + k * w / 8) % w;
			for (int y = horizon - 5; y < horizon + 5; y++) {
				for (int dx = -2; dx <= 2; dx++) {
					img.setRGB(Math.floorMod(x + dx, w), y, k == 0 ? rgb(220, 30, 30) : rgb(250, 250, 250));
				}
			}
			if (k % 2 == 0) {
				glyph(img, GLYPHS[k / 2], x - 7, horizon - 32, k == 0 ? rgb(220, 30, 30) : rgb(255, 255, 255));
			}
		}
		int band = h / 14;
		for (int y = h - band; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double yaw = (x + 0.5) * 360.0 / w - 180;
				boolean arrow = Math.abs(yaw) < 6 * (h - y) / (double) band;
				img.setRGB(x, y, arrow ? rgb(220, 30, 30) : rgb(45, 45, 48));
			}
		}
	}

	private static void glyph(BufferedImage img, String[] g, int x0, int y0, int colour) {
		int scale = 3;
		for (int row = 1; row < g.length; row++) {
			for (int col = 0; col < 5; col++) {
				if (g[row].charAt(col) == '1') {
					for (int dy = 0; dy < scale; dy++) {
						for (int dx = 0; dx < scale; dx++) {
							img.setRGB(Math.floorMod(x0 + col * scale + dx, img.getWidth()), y0 + (row - 1) * scale + dy, colour);
						}
					}
				}
			}
		}
	}

	static int rgb(double r, double g, double b) {
		return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
	}

	private static int clamp(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}

	private static int blend(int p, int q, double a) {
		return rgb(((p >> 16) & 255) * (1 - a) + ((q >> 16) & 255) * a, ((p >> 8) & 255) * (1 - a) + ((q >> 8) & 255) * a,
				(p & 255) * (1 - a) + (q & 255) * a);
	}
}
