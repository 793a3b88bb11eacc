// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.util.Locale;

import org.backlot.model.lighting.Gel;

/** How lighting values read for a user: gels by name, stops, kelvin, lux. */
public final class Labels {
	private Labels() {
	}

	/** A gel's name ("½ CTO"). */
	public static String gel(Gel gel) {
		return switch (gel == null ? Gel.NONE : gel) {
		case NONE -> Messages.gelNONE;
		case CTO -> Messages.gelCTO;
		case HALF_CTO -> Messages.gelHALF_CTO;
		case QUARTER_CTO -> Messages.gelQUARTER_CTO;
		case CTB -> Messages.gelCTB;
		case HALF_CTB -> Messages.gelHALF_CTB;
		case QUARTER_CTB -> Messages.gelQUARTER_CTB;
		case PLUS_GREEN -> Messages.gelPLUS_GREEN;
		case MINUS_GREEN -> Messages.gelMINUS_GREEN;
		};
	}

	/** A number with one decimal. */
	public static String one(double v) {
		return String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
	}

	/** A signed number of stops with one decimal ("+0.7", "-1.3"). */
	public static String stops(double v) {
		if (Double.isInfinite(v)) {
			return v > 0 ? "+\u221e" : "-\u221e"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Math.abs(v) < 0.05 ? "0.0" : String.format(Locale.ROOT, "%+.1f", v); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Lux, rounded to what a meter shows. */
	public static String lux(double lux) {
		return lux >= 100 ? String.valueOf(Math.round(lux)) : one(lux);
	}

	/** A colour temperature in kelvin, to 50 K. */
	public static String kelvin(double k) {
		return k <= 0 ? "\u2013" : Math.round(k / 50) * 50 + " K"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
