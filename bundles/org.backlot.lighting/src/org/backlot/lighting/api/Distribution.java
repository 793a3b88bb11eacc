// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** A luminous intensity distribution: how a fixture's intensity varies around its beam axis. */
public interface Distribution {
	/**
	 * The intensity at polar angle {@code gammaDegrees} from the beam axis and azimuth {@code cDegrees}
	 * around it (the C-planes of IES and EULUMDAT, 0 along the fixture's width), relative to the peak (0..1).
	 */
	double relative(double gammaDegrees, double cDegrees);

	/** The peak intensity in candela that the distribution was measured at, or 0 when the fixture type gives it. */
	default double peakCandela() {
		return 0;
	}
}
