// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import org.backlot.model.lighting.DimmerCurve;

/**
 * Light output against dimmer setting, and the warmer colour of a dimmed tungsten lamp. The curves map the
 * fader level d (0..1) to the fraction of full output: LINEAR d (LED drivers), SQUARE d² (the "square law"
 * profile of tungsten dimmers, which looks even to the eye), S_CURVE 3d² − 2d³ (fine control at both ends) and
 * EXPONENTIAL (e^(d·ln 100) − 1)/99 (two decades of output over the fader's travel).
 */
public final class Dimmers {
	private static final double EXP_K = Math.log(100);

	private Dimmers() {
	}

	/** The fraction of full output at dimmer {@code level} (0..1) on this curve (LINEAR when null). */
	public static double output(DimmerCurve curve, double level) {
		double d = Double.isNaN(level) ? 0 : Math.max(0, Math.min(1, level));
		return switch (curve == null ? DimmerCurve.LINEAR : curve) {
		case SQUARE -> d * d;
		case SCURVE -> d * d * (3 - 2 * d);
		case EXPONENTIAL -> d == 0 ? 0 : (Math.exp(EXP_K * d) - 1) / (Math.exp(EXP_K) - 1);
		default -> d;
		};
	}

	/**
	 * The CCT of an incandescent lamp at a fraction of its output: output follows voltage^3.4 and colour
	 * temperature voltage^0.42, so CCT scales with output^0.124 (about 2930 K for a 3200 K lamp at half output).
	 */
	public static double tungstenCct(double kelvin, double outputFraction) {
		return kelvin * Math.pow(Math.max(1e-3, outputFraction), 0.42 / 3.4);
	}
}
