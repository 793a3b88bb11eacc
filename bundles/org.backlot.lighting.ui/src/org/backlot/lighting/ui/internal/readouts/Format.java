// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.readouts;

import java.util.Locale;

import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.ui.internal.Labels;
import org.eclipse.osgi.util.NLS;

/** The cells of the readouts table: a reading's values as a gaffer reads them. */
final class Format {
	private Format() {
	}

	/** The text of column {@code column} for a reading. */
	static String cell(ActorReading r, int column) {
		return switch (column) {
		case 0 -> r.name();
		case 1 -> Labels.lux(r.faceLux());
		case 2 -> r.faceLux() <= 0 ? "\u2013" : Exposure.format(r.tStop()); //$NON-NLS-1$
		case 3 -> Double.isInfinite(r.exposureStops()) ? Messages.unlit : NLS.bind(Messages.stopsValue, Labels.stops(r.exposureStops()));
		case 4 -> r.keyLux() <= 0 ? "\u2013" : NLS.bind(Messages.ratioValue, ratio(r.ratio()), Labels.one(r.ratioStops())); //$NON-NLS-1$
		case 5 -> Labels.kelvin(r.kelvin());
		case 6 -> r.kelvin() <= 0 ? "\u2013" : Math.abs(r.duv()) < 0.0005 ? "0.000" : String.format(Locale.ROOT, "%+.3f", r.duv()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case 7 -> Double.isInfinite(r.separationStops()) || r.separationStops() == 0 && r.faceLux() <= 0 ? "\u2013" //$NON-NLS-1$
				: NLS.bind(Messages.stopsValue, Labels.stops(r.separationStops()));
		case 8 -> r.keySource() == null ? "" : r.keySource(); //$NON-NLS-1$
		default -> ""; //$NON-NLS-1$
		};
	}

	/** A ratio n:1 to one decimal when it is small, whole above 10. */
	static String ratio(double n) {
		return n >= 10 ? String.valueOf(Math.round(n)) : Labels.one(n);
	}
}
