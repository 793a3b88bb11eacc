// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** The incident-meter exposure equation N² = E·t·S / C, with C = 250 (lux). */
public final class Exposure {
	/** The incident-meter calibration constant in lux·s. */
	public static final double C = 250;

	private Exposure() {
	}

	/** The T-stop that exposes {@code lux} correctly at this ISO and shutter time (seconds). */
	public static double tStop(double lux, double iso, double shutterSeconds) {
		return Math.sqrt(Math.max(0, lux) * shutterSeconds * iso / C);
	}

	/** The illuminance that a T-stop needs at this ISO and shutter time. */
	public static double lux(double tStop, double iso, double shutterSeconds) {
		return C * tStop * tStop / (shutterSeconds * iso);
	}

	/** The difference in stops between two illuminances (positive when {@code a} is brighter). */
	public static double stops(double a, double b) {
		return Math.log(Math.max(a, 1e-9) / Math.max(b, 1e-9)) / Math.log(2);
	}

	/** The luminance (cd/m²) of an 18 % grey card exposed correctly at this stop, ISO and shutter. */
	public static double middleGreyLuminance(double tStop, double iso, double shutterSeconds) {
		return 0.18 * lux(tStop, iso, shutterSeconds) / Math.PI;
	}

	/** A stop written the way a camera shows it: T2.8, T4, T5.6. */
	public static String format(double tStop) {
		return tStop >= 10 ? String.format(java.util.Locale.ROOT, "T%.0f", tStop) : String.format(java.util.Locale.ROOT, "T%.1f", tStop).replace(".0", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
