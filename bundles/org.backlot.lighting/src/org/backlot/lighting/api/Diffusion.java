// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/**
 * Diffusion in front of a lamp, from 0 (none) to 1 (full frost). The model:
 * <ul>
 * <li>the beam widens: beam → beam + (110° − beam)·d and field → field + (160° − field)·d (never narrower);</li>
 * <li>the shape softens: the lamp's own distribution is stretched in gamma so that its 50 % and 10 % points fall
 * on the new beam and field angles, and blended, with weight d, with the smooth {@link BeamDistribution} of those
 * angles (at full diffusion only the smooth beam is left);</li>
 * <li>the same light spreads over the wider beam, so the peak falls with the ratio of the beams' solid angles
 * Ω(a) = 2π(1 − cos(a/2)), and the material swallows some: a transmission of 1 − 0.2·d;</li>
 * <li>the emitting face grows to at least d × 1.2 m a side (a frame of diffusion), which softens shadows.</li>
 * </ul>
 */
public final class Diffusion {
	private static final double WIDEST_BEAM = 110;
	private static final double WIDEST_FIELD = 160;

	private Diffusion() {
	}

	/**
	 * The distribution of {@code base} (whose beam and field angles are {@code beamAngle} and {@code fieldAngle})
	 * behind {@code diffusion} (0..1); {@code base} itself when there is none.
	 */
	public static Distribution widen(Distribution base, double beamAngle, double fieldAngle, double diffusion) {
		double d = Math.min(1, diffusion);
		if (!(d > 0)) {
			return base;
		}
		double beam = Math.max(0.5, beamAngle);
		double field = Math.max(beam, fieldAngle);
		double newBeam = widerBeam(beam, d);
		double newField = Math.max(newBeam, field + Math.max(0, WIDEST_FIELD - field) * d);
		Distribution smooth = new BeamDistribution(newBeam, newField);
		if (d >= 1) {
			return smooth;
		}
		double[] from = { 0, newBeam / 2, newField / 2, 90 };
		double[] to = { 0, beam / 2, field / 2, 90 };
		return new Distribution() {
			@Override
			public double relative(double gammaDegrees, double cDegrees) {
				return (1 - d) * base.relative(stretch(from, to, gammaDegrees), cDegrees) + d * smooth.relative(gammaDegrees, cDegrees);
			}
		};
	}

	/** The factor on the peak intensity: the ratio of the beams' solid angles times the transmission 1 − 0.2·d. */
	public static double peakFactor(double beamAngle, double diffusion) {
		double d = Math.min(1, diffusion);
		if (!(d > 0)) {
			return 1;
		}
		double beam = Math.max(0.5, beamAngle);
		return solidAngle(beam) / solidAngle(widerBeam(beam, d)) * (1 - 0.2 * d);
	}

	/** The size of the emitting face in metres: at least d × 1.2 m. */
	public static double sizeM(double softSize, double diffusion) {
		return Math.max(softSize, Math.max(0, Math.min(1, diffusion)) * 1.2);
	}

	/** The solid angle (sr) of a cone of this full angle in degrees. */
	static double solidAngle(double fullAngleDegrees) {
		return 2 * Math.PI * (1 - Math.cos(Math.toRadians(Math.min(360, fullAngleDegrees) / 2)));
	}

	private static double widerBeam(double beam, double d) {
		return beam + Math.max(0, WIDEST_BEAM - beam) * d;
	}

	/**
	 * The gamma of the base distribution that a gamma of the widened one looks up: piecewise linear through the
	 * knots {@code from → to}, skipping knots that do not increase, and unchanged beyond the last.
	 */
	private static double stretch(double[] from, double[] to, double gamma) {
		double g = Math.abs(gamma);
		double x0 = 0;
		double y0 = 0;
		for (int i = 1; i < from.length; i++) {
			if (from[i] <= x0 || to[i] <= y0) {
				continue;
			}
			if (g <= from[i]) {
				return y0 + (g - x0) * (to[i] - y0) / (from[i] - x0);
			}
			x0 = from[i];
			y0 = to[i];
		}
		return y0 + (g - x0);
	}
}
