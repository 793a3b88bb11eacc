// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.awt.image.BufferedImage;

/**
 * The LED wall as seen by the camera: its quad in the geometry, its brightness and the picture it shows,
 * resampled to a small linear-light grid.
 */
public final class LedPicture {
	private final int quad;
	private final double nits;
	private final int cols, rows;
	private final double[] rgb;

	/** A picture of cols × rows linear sRGB cells (0..1, row 0 at the top) on geometry quad {@code quad}. */
	public LedPicture(int quad, double nits, int cols, int rows, double[] rgb) {
		this.quad = quad;
		this.nits = nits;
		this.cols = cols;
		this.rows = rows;
		this.rgb = rgb;
	}

	/** Reads an image into a linear-light grid of at most {@code maxCols} columns; a uniform white grid without one. */
	public static double[] grid(BufferedImage image, int cols, int rows) {
		double[] out = new double[cols * rows * 3];
		if (image == null) {
			java.util.Arrays.fill(out, 1);
			return out;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		int step = Math.max(1, Math.min(w / cols, h / rows) / 8);
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				double[] sum = new double[3];
				int n = 0;
				for (int y = r * h / rows; y < (r + 1) * h / rows; y += step) {
					for (int x = c * w / cols; x < (c + 1) * w / cols; x += step) {
						int p = image.getRGB(x, y);
						sum[0] += linear((p >> 16) & 255);
						sum[1] += linear((p >> 8) & 255);
						sum[2] += linear(p & 255);
						n++;
					}
				}
				for (int k = 0; k < 3; k++) {
					out[(r * cols + c) * 3 + k] = n == 0 ? 0 : sum[k] / n;
				}
			}
		}
		return out;
	}

	private static double linear(int v) {
		double c = v / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** The geometry quad of the wall. */
	public int quad() {
		return quad;
	}

	/** Peak brightness in cd/m² (white). */
	public double nits() {
		return nits;
	}

	/** Columns of the grid. */
	public int cols() {
		return cols;
	}

	/** Rows of the grid. */
	public int rows() {
		return rows;
	}

	/** The linear colour (0..1) of the cell at u (0..1 along the wall), v (0 bottom .. 1 top), written into {@code out}. */
	public void colour(double u, double v, double[] out) {
		int c = Math.max(0, Math.min(cols - 1, (int) (u * cols)));
		int r = Math.max(0, Math.min(rows - 1, (int) ((1 - v) * rows)));
		int i = (r * cols + c) * 3;
		out[0] = rgb[i];
		out[1] = rgb[i + 1];
		out[2] = rgb[i + 2];
	}
}
