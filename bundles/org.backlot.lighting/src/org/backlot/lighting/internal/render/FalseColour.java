// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

/**
 * The false-colour scale of floor maps: log₂ of lux mapped onto viridis (a perceptually even colour map, here its
 * published polynomial fit) between 10 and 5000 lux, dimmed to black over four stops below.
 */
public final class FalseColour {
	private static final double[] LEGEND = { 10, 50, 100, 250, 500, 1000, 2000, 5000 };
	private static final double LOW = LEGEND[0], HIGH = LEGEND[LEGEND.length - 1];
	private static final double[][] C = { //
			{ 0.2777273272234177, 0.005407344544966578, 0.3340998053353061 }, //
			{ 0.1050930431085774, 1.404613529898575, 1.384590162594685 }, //
			{ -0.3308618287255563, 0.214847559468213, 0.09509516302823659 }, //
			{ -4.634230498983486, -5.799100973351585, -19.33244095627987 }, //
			{ 6.228269936347081, 14.17993336680509, 56.69055260068105 }, //
			{ 4.776384997670288, -13.74514537774601, -65.35303263337234 }, //
			{ -5.435455855934631, 4.645852612178535, 26.3124352495832 } };

	private FalseColour() {
	}

	/** The legend's illuminances. */
	public static double[] legend() {
		return LEGEND.clone();
	}

	/** Where {@code lux} falls on the scale: 0 at the lowest legend value, 1 at the highest. */
	public static double position(double lux) {
		return Math.log(Math.max(lux, 1e-9) / LOW) / Math.log(HIGH / LOW);
	}

	/** The ARGB colour of an illuminance. */
	public static int of(double lux) {
		if (!(lux > 0)) {
			return 0xFF000000;
		}
		double t = position(lux);
		double dim = 1;
		if (t < 0) {
			dim = Math.max(0, 1 + Math.log(lux / LOW) / Math.log(2) / 4);
			t = 0;
		}
		t = Math.min(1, t);
		int argb = 0xFF000000;
		for (int c = 0; c < 3; c++) {
			double v = C[6][c];
			for (int k = 5; k >= 0; k--) {
				v = v * t + C[k][c];
			}
			argb |= (int) Math.round(Math.max(0, Math.min(1, v)) * dim * 255) << (16 - 8 * c);
		}
		return argb;
	}
}
