// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.List;

/**
 * What a meter reads on one actor's face: the incident light towards the camera with its T-stop, the key and
 * fill sides (cheeks turned 60° from the face direction) and their ratio in stops, the mixed colour, the
 * subject's separation from the background, the warnings a DP would want to hear, and whether the camera sees the face.
 */
public record ActorReading(String actorId, String name, double faceLux, double tStop, double exposureStops, double keyLux, double fillLux,
		double ratioStops, double kelvin, double duv, String keySource, double separationStops, List<String> warnings, boolean inFrame) {
	/** The key-to-fill ratio as n:1. */
	public double ratio() {
		return Math.pow(2, ratioStops);
	}
}
