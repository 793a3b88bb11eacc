// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/** A digital human's preview, painted in code: the scanned figure (or horse) in grey on a scan-booth backdrop with its turntable. */
final class FigurePainter {
	private static final int W = 320;
	private static final int H = 480;

	private FigurePainter() {
	}

	static BufferedImage paint(String name) {
		BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(58, 62, 70), 0, H, new Color(18, 20, 24)));
		g.fillRect(0, 0, W, H);
		g.setColor(new Color(70, 74, 82));
		g.fill(new Ellipse2D.Double(40, H - 70, W - 80, 40));
		g.setColor(new Color(0, 170, 255, 90));
		for (int y = 20; y < H - 80; y += 24) {
			g.drawLine(30, y, W - 30, y);
		}
		Color skin = new Color(196, 198, 204);
		g.setColor(skin);
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("horse")) { //$NON-NLS-1$
			g.fill(new Ellipse2D.Double(70, 220, 180, 90));
			g.fill(new RoundRectangle2D.Double(215, 150, 34, 100, 20, 20));
			g.fill(new Ellipse2D.Double(222, 128, 70, 38));
			for (int leg : new int[] { 85, 115, 200, 225 }) {
				g.fill(new RoundRectangle2D.Double(leg, 290, 16, 130, 8, 8));
			}
		} else {
			int crowd = n.contains("crowd") ? 3 : 1; //$NON-NLS-1$
			for (int i = 0; i < crowd; i++) {
				double scale = crowd == 1 ? 1 : 0.7;
				double cx = crowd == 1 ? W / 2.0 : 70 + i * 90;
				figure(g, cx, scale);
			}
		}
		g.dispose();
		return img;
	}

	private static void figure(Graphics2D g, double cx, double s) {
		double top = 420 - 360 * s;
		g.fill(new Ellipse2D.Double(cx - 26 * s, top, 52 * s, 62 * s));
		g.fill(new RoundRectangle2D.Double(cx - 50 * s, top + 70 * s, 100 * s, 140 * s, 30 * s, 30 * s));
		g.fill(new RoundRectangle2D.Double(cx - 78 * s, top + 78 * s, 24 * s, 130 * s, 14 * s, 14 * s));
		g.fill(new RoundRectangle2D.Double(cx + 54 * s, top + 78 * s, 24 * s, 130 * s, 14 * s, 14 * s));
		g.fill(new RoundRectangle2D.Double(cx - 44 * s, top + 200 * s, 38 * s, 160 * s, 16 * s, 16 * s));
		g.fill(new RoundRectangle2D.Double(cx + 6 * s, top + 200 * s, 38 * s, 160 * s, 16 * s, 16 * s));
	}
}
