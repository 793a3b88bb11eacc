// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.validation;

import org.backlot.core.api.Overbookings;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

/**
 * Double bookings: two bookings of one stage, apartment, extra or location on
 * overlapping days, or more pieces of an item booked on a day than the studio
 * has ({@link Overbookings} finds them).
 */
final class BookingOverlaps {
	private BookingOverlaps() {
	}

	static boolean check(Studio studio, DiagnosticChain d) {
		boolean ok = true;
		for (Overbookings.Overbooking o : Overbookings.find(studio.getBookings())) {
			ok &= BacklotValidator.report(d, Diagnostic.ERROR, NLS.bind(Messages.doubleBooking, new Object[] { Dates.label(o.resource()),
					o.second().getProductionTitle(), o.first().getProductionTitle(), Dates.format(o.second().getFrom()), Dates.format(o.first().getTo()) }),
					o.second(), StudioPackage.Literals.BOOKING__FROM);
		}
		return ok;
	}
}
