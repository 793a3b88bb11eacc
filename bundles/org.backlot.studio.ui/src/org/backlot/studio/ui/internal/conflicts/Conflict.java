// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.conflicts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backlot.core.api.Overbookings;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Assets;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.osgi.util.NLS;

/**
 * A conflict across productions as the list shows it: what kind, which
 * resource, the bookings and productions involved, the days and the message.
 */
record Conflict(String kind, StudioResource resource, Booking first, Booking second, List<String> productionIds, List<String> productions,
		LocalDate from, LocalDate to, String message) {

	/** Whether the production is one of those involved. */
	boolean involves(String productionId) {
		return productionIds.contains(productionId);
	}

	/** Every conflict in the studio: double bookings and items beyond their quantity, then asset rights that end before a use. */
	static List<Conflict> of(Studio s) {
		List<Conflict> out = new ArrayList<>();
		for (Overbookings.Overbooking o : Overbookings.find(s.getBookings())) {
			boolean item = o.resource() instanceof InventoryItem;
			String name = Texts.label(o.resource());
			String message = item ? NLS.bind(Messages.overQuantity, new Object[] { name, o.booked(), Texts.date(o.from()), o.capacity(),
					Texts.production(o.first()), Texts.production(o.second()) })
					: NLS.bind(Messages.doubleBooked, new Object[] { name, Texts.production(o.first()), Texts.span(o.first()),
							Texts.production(o.second()), Texts.span(o.second()) });
			out.add(new Conflict(item ? Messages.kindQuantity : Messages.kindDouble, o.resource(), o.first(), o.second(),
					ids(o.first(), o.second()), titles(o.first(), o.second()), o.from(), o.to(), message));
		}
		for (Assets.RightsConflict r : Assets.rightsConflicts(s)) {
			Booking use = s.getBookings().stream().filter(b -> b.getResource() == r.asset() && b.getPurpose() == BookingPurpose.USE
					&& b.getStatus() != BookingStatus.CANCELLED && Objects.equals(b.getProductionId(), r.productionId())).findFirst().orElse(null);
			out.add(new Conflict(Messages.kindRights, r.asset(), use, null, r.productionId() == null ? List.of() : List.of(r.productionId()),
					List.of(r.productionTitle() == null ? "" : r.productionTitle()), r.expires(), r.neededUntil(), r.message())); //$NON-NLS-1$
		}
		return out;
	}

	private static List<String> ids(Booking a, Booking b) {
		List<String> out = new ArrayList<>();
		for (Booking x : new Booking[] { a, b }) {
			if (x.getProductionId() != null && !out.contains(x.getProductionId())) {
				out.add(x.getProductionId());
			}
		}
		return out;
	}

	private static List<String> titles(Booking a, Booking b) {
		String ta = Texts.production(a);
		String tb = Texts.production(b);
		return ta.equals(tb) ? List.of(ta) : List.of(ta, tb);
	}
}
