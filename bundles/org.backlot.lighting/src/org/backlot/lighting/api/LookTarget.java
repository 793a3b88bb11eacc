// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/**
 * A named look as measurable targets on the subject: where the key comes from (azimuth around the subject from
 * the camera axis, positive to camera left; elevation above the eyes), the key-to-fill ratio (n:1), the exposure
 * as a T-stop, the colour temperature and how many stops the subject stands above the background.
 */
public record LookTarget(String id, String name, double keyAzimuth, double keyElevation, double keyToFill, double tStop, double kelvin,
		double separationStops) {
	/** The same look at another T-stop. */
	public LookTarget atStop(double stop) {
		return new LookTarget(id, name, keyAzimuth, keyElevation, keyToFill, stop, kelvin, separationStops);
	}
}
