// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

/** A camera's angle of view from its lens and sensor (rectilinear lens, focused at infinity). */
public final class FieldOfView {
	/** Super 35 sensor width in millimetres, used when a set-up gives none. */
	public static final double DEFAULT_SENSOR_WIDTH_MM = 24.89;

	private FieldOfView() {
	}

	/** Horizontal angle of view in degrees: 2·atan(sensor / (2·focal length)). */
	public static double horizontalDegrees(double lensMm, double sensorWidthMm) {
		double sensor = sensorWidthMm > 0 ? sensorWidthMm : DEFAULT_SENSOR_WIDTH_MM;
		double lens = lensMm > 0 ? lensMm : 35;
		return Math.toDegrees(2 * Math.atan(sensor / (2 * lens)));
	}

	/** Width in metres that the camera sees at a distance in metres. */
	public static double widthAt(double distanceM, double lensMm, double sensorWidthMm) {
		return 2 * distanceM * Math.tan(Math.toRadians(horizontalDegrees(lensMm, sensorWidthMm) / 2));
	}
}
