// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.backlot.model.studio.StudioResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

/**
 * Double bookings: two bookings of one stage, apartment, extra or location on
 * overlapping days, or more pieces of an item booked on a day than the studio has.
 */
final class BookingOverlaps {
	private BookingOverlaps() {
	}

	static boolean check(Studio studio, DiagnosticChain d) {
		Map<StudioResource, List<Booking>> byResource = new HashMap<>();
		for (Booking b : studio.getBookings()) {
			if (b.getResource() != null && b.getFrom() != null && b.getTo() != null && b.getStatus() != BookingStatus.CANCELLED) {
				byResource.computeIfAbsent(b.getResource(), r -> new ArrayList<>()).add(b);
			}
		}
		boolean ok = true;
		for (Map.Entry<StudioResource, List<Booking>> e : byResource.entrySet()) {
			List<Booking> list = e.getValue();
			list.sort(Comparator.comparing(Booking::getFrom));
			int capacity = e.getKey() instanceof InventoryItem item ? Math.max(1, item.getQuantity()) : 1;
			for (int i = 0; i < list.size(); i++) {
				Booking a = list.get(i);
				int used = Math.max(1, a.getQuantity());
				for (int j = i + 1; j < list.size() && !list.get(j).getFrom().after(a.getTo()); j++) {
					Booking b = list.get(j);
					used += Math.max(1, b.getQuantity());
					if (used > capacity) {
						ok &= BacklotValidator.report(d, Diagnostic.ERROR, NLS.bind(Messages.doubleBooking, new Object[] { Dates.label(e.getKey()),
								b.getProductionTitle(), a.getProductionTitle(), Dates.format(b.getFrom()), Dates.format(a.getTo()) }), b,
								StudioPackage.Literals.BOOKING__FROM);
						break;
					}
				}
			}
		}
		return ok;
	}
}
