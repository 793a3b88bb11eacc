// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import org.backlot.model.lighting.Gel;

/**
 * What a colour-correction gel does: a shift in mireds, a shift off the locus (green/magenta) and its transmission.
 * The colour-temperature gels follow the common full/half/quarter series whose full CTO turns 6500 K into 3200 K
 * (+159 mireds; on 5600 K daylight it gives about 2960 K) and whose full CTB turns 3200 K into 5700 K (−137 mireds);
 * transmissions are the makers' typical figures. Gels add mireds, so the same gel warms a cool source by more
 * kelvin than a warm one.
 */
public final class Gels {
	private Gels() {
	}

	/** The colour-temperature shift in mireds (10⁶/K); positive warms (CTO), negative cools (CTB). */
	public static double miredShift(Gel gel) {
		return switch (gel == null ? Gel.NONE : gel) {
		case CTO -> 159;
		case HALF_CTO -> 109;
		case QUARTER_CTO -> 64;
		case CTB -> -137;
		case HALF_CTB -> -78;
		case QUARTER_CTB -> -35;
		default -> 0;
		};
	}

	/** The shift in Duv: positive towards green (plus green), negative towards magenta (minus green). */
	public static double duvShift(Gel gel) {
		return switch (gel == null ? Gel.NONE : gel) {
		case PLUS_GREEN -> 0.010;
		case MINUS_GREEN -> -0.010;
		default -> 0;
		};
	}

	/** The fraction of light the gel lets through. */
	public static double transmission(Gel gel) {
		return switch (gel == null ? Gel.NONE : gel) {
		case CTO -> 0.56;
		case HALF_CTO -> 0.70;
		case QUARTER_CTO -> 0.81;
		case CTB -> 0.36;
		case HALF_CTB -> 0.55;
		case QUARTER_CTB -> 0.69;
		case PLUS_GREEN -> 0.76;
		case MINUS_GREEN -> 0.55;
		default -> 1;
		};
	}

	/** The CCT of a source of {@code kelvin} behind the gel (kept within 1000–40000 K). */
	public static double apply(Gel gel, double kelvin) {
		double mired = 1e6 / Math.max(1, kelvin) + miredShift(gel);
		double k = 1e6 / Math.max(1e6 / Colour.MAX_KELVIN, mired);
		return Math.max(Colour.MIN_KELVIN, Math.min(Colour.MAX_KELVIN, k));
	}
}
