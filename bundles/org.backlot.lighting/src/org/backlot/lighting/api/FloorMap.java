// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.stream.IntStream;

import org.backlot.lighting.internal.render.FalseColour;

/**
 * Illuminance on the set's floor, on a grid of square cells (the lux at each cell's centre, facing up), with a
 * false-colour picture of it in stops for the plan view and the command line.
 */
public final class FloorMap {
	private final int cols, rows;
	private final double cellM;
	private final double[] lux;
	private final double max;

	private FloorMap(int cols, int rows, double cellM, double[] lux) {
		this.cols = cols;
		this.rows = rows;
		this.cellM = cellM;
		this.lux = lux;
		double m = 0;
		for (double v : lux) {
			m = Math.max(m, v);
		}
		this.max = m;
	}

	/** The floor of {@code light}'s scene in cells of {@code cellM} metres, at its quality, computed on all processors. */
	public static FloorMap compute(Illuminance light, double cellM) {
		if (!(cellM > 0)) {
			throw new IllegalArgumentException(String.valueOf(cellM));
		}
		LightScene scene = light.scene();
		int cols = Math.max(1, (int) Math.ceil(scene.widthM() / cellM - 1e-9));
		int rows = Math.max(1, (int) Math.ceil(scene.depthM() / cellM - 1e-9));
		double[] lux = new double[cols * rows];
		IntStream.range(0, rows).parallel().forEach(j -> {
			double y = Math.min((j + 0.5) * cellM, scene.depthM());
			for (int i = 0; i < cols; i++) {
				double x = Math.min((i + 0.5) * cellM, scene.widthM());
				lux[j * cols + i] = light.lux(new Vec3(x, y, 0), Vec3.UP);
			}
		});
		return new FloorMap(cols, rows, cellM, lux);
	}

	/** Lux in cell (i, j): column i from x = 0, row j from y = 0. */
	public double lux(int i, int j) {
		return lux[j * cols + i];
	}

	/** Cells across (x). */
	public int cols() {
		return cols;
	}

	/** Cells deep (y). */
	public int rows() {
		return rows;
	}

	/** The cell size in metres. */
	public double cellM() {
		return cellM;
	}

	/** The brightest cell's lux. */
	public double max() {
		return max;
	}

	/**
	 * The floor as a width × height ARGB picture seen from above (x to the right, y up: row 0 is the far side of the
	 * set), each cell in the colour of {@link #colourFor(double)}.
	 */
	public int[] falseColour(int width, int height) {
		int[] out = new int[width * height];
		for (int py = 0; py < height; py++) {
			int j = rows - 1 - Math.min(rows - 1, py * rows / height);
			for (int px = 0; px < width; px++) {
				int i = Math.min(cols - 1, px * cols / width);
				out[py * width + px] = colourFor(lux(i, j));
			}
		}
		return out;
	}

	/**
	 * The false colour of an illuminance: a perceptually even scale (viridis) in stops from {@link #legendLux()}'s
	 * first to its last value, fading to black over four stops below it and staying at its top colour above.
	 */
	public static int colourFor(double lux) {
		return FalseColour.of(lux);
	}

	/** The illuminances a legend marks: 10, 50, 100, 250, 500, 1000, 2000 and 5000 lux. */
	public static double[] legendLux() {
		return FalseColour.legend();
	}
}
