// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.backlot.core.api.AtomicFiles;

/**
 * The picture the tea house's LED window backing shows: the Jialing river on a rainy afternoon (grey sky,
 * hills, the far bank's lights and rain), painted in code so that the sample needs no image file.
 */
public final class SampleBacking {
	/** Where the picture sits, relative to the production file's folder. */
	public static final String PATH = "last-pot-of-tea.assets/led/river-in-rain.png"; //$NON-NLS-1$

	private static final int W = 960;
	private static final int H = 420;

	private SampleBacking() {
	}

	/** Writes the picture beside the production file. */
	public static void write(Path productionFolder) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(paint(), "png", out); //$NON-NLS-1$
		Path target = productionFolder.resolve(PATH);
		java.nio.file.Files.createDirectories(target.getParent());
		AtomicFiles.write(target, out.toByteArray());
	}

	/** The picture. */
	static BufferedImage paint() {
		BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Random rain = new Random(7);
		for (int y = 0; y < H; y++) {
			for (int x = 0; x < W; x++) {
				img.setRGB(x, y, pixel(x, y));
			}
		}
		for (int i = 0; i < 70; i++) {
			int x = rain.nextInt(W);
			int y = 232 + rain.nextInt(14);
			int warm = 0xffc070 + rain.nextInt(0x30);
			for (int d = 0; d < 3; d++) {
				img.setRGB(Math.min(W - 1, x + d), y, warm);
			}
		}
		for (int i = 0; i < 900; i++) {
			int x = rain.nextInt(W);
			int y = rain.nextInt(H - 20);
			for (int d = 0; d < 14 && y + d < H; d++) {
				int p = img.getRGB(x, y + d);
				img.setRGB(x, y + d, blend(p, 0xd8dde4, 0.25));
			}
		}
		return img;
	}

	private static int pixel(int x, int y) {
		double hills = 200 + 28 * Math.sin(x / 95.0) + 12 * Math.sin(x / 31.0 + 1);
		if (y < hills) {
			double t = y / hills;
			return rgb(150 - 30 * t, 160 - 28 * t, 172 - 24 * t);
		}
		if (y < 248) {
			return rgb(70, 80, 84);
		}
		double t = (y - 248) / (double) (H - 248);
		double ripple = 8 * Math.sin(x / 7.0 + y / 3.0);
		return rgb(112 - 40 * t + ripple, 118 - 40 * t + ripple, 122 - 36 * t + ripple);
	}

	private static int rgb(double r, double g, double b) {
		return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
	}

	private static int clamp(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}

	private static int blend(int p, int q, double a) {
		int r = (int) (((p >> 16) & 255) * (1 - a) + ((q >> 16) & 255) * a);
		int g = (int) (((p >> 8) & 255) * (1 - a) + ((q >> 8) & 255) * a);
		int b = (int) ((p & 255) * (1 - a) + (q & 255) * a);
		return (r << 16) | (g << 8) | b;
	}
}
