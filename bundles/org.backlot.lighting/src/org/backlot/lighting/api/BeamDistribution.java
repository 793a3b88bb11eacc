// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/**
 * A rotationally symmetric beam from its beam angle (intensity 50 % of the centre) and field angle (10 %):
 * I(γ)/I₀ = exp(−k·γᵖ), with k and p fitted so that both points hold exactly; zero beyond 90° for
 * fixtures that only shine forward (field angle up to 180°).
 */
public final class BeamDistribution implements Distribution {
	private final double k;
	private final double p;
	private final double cutoff;

	/** A beam of these full angles in degrees; the field angle must be wider than the beam angle. */
	public BeamDistribution(double beamAngle, double fieldAngle) {
		double b = Math.max(0.5, beamAngle / 2);
		double f = Math.max(b * 1.05, fieldAngle / 2);
		p = Math.log(Math.log(10) / Math.log(2)) / Math.log(f / b);
		k = Math.log(2) / Math.pow(b, p);
		cutoff = fieldAngle > 180 ? 180 : 90;
	}

	@Override
	public double relative(double gammaDegrees, double cDegrees) {
		if (gammaDegrees >= cutoff) {
			return 0;
		}
		return Math.exp(-k * Math.pow(gammaDegrees, p));
	}
}
