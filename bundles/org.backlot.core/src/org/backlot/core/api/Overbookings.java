// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.StudioResource;

/**
 * Double bookings of studio resources: a stage, extra or location booked twice
 * on overlapping days, more pieces of a store item booked on a day than the
 * studio has, an apartment shared by two productions or by more people than it
 * has beds. Cancelled bookings hold nothing. Shared by the
 * validator (Problems view) and the studio's conflict lists.
 */
public final class Overbookings {
	/**
	 * A booking that, from its first day, takes the resource beyond what the
	 * studio has, with a booking that holds it on that day too.
	 *
	 * @param first    a booking that started earlier (or the same day) and still holds the resource
	 * @param second   the booking that is one too many
	 * @param from     the first day both hold the resource
	 * @param to       the last day both hold it
	 * @param booked   pieces booked on {@code from}
	 * @param capacity pieces the studio has (1 but for store items and apartments)
	 */
	public record Overbooking(StudioResource resource, Booking first, Booking second, LocalDate from, LocalDate to, int booked, int capacity) {
	}

	private Overbookings() {
	}

	/** Every overbooking among the bookings, by resource in the bookings' order, then by day. */
	public static List<Overbooking> find(Collection<Booking> bookings) {
		Map<StudioResource, List<Booking>> byResource = new LinkedHashMap<>();
		for (Booking b : bookings) {
			if (b.getResource() != null && b.getFrom() != null && b.getTo() != null && b.getStatus() != BookingStatus.CANCELLED) {
				byResource.computeIfAbsent(b.getResource(), r -> new ArrayList<>()).add(b);
			}
		}
		List<Overbooking> out = new ArrayList<>();
		for (Map.Entry<StudioResource, List<Booking>> e : byResource.entrySet()) {
			List<Booking> list = e.getValue();
			list.sort(Comparator.comparing((Booking b) -> day(b.getFrom())).thenComparing(b -> day(b.getTo())));
			int capacity = capacity(e.getKey());
			boolean unit = e.getKey() instanceof Apartment;
			for (int j = 1; j < list.size(); j++) {
				Booking second = list.get(j);
				LocalDate start = day(second.getFrom());
				int used = pieces(second);
				Booking first = null;
				Booking foreign = null;
				for (int i = 0; i < j; i++) {
					Booking b = list.get(i);
					if (!day(b.getTo()).isBefore(start)) {
						if (unit && !sameProduction(b, second)) {
							foreign = foreign == null ? b : foreign;
							continue;
						}
						used += pieces(b);
						if (first == null || !sameProduction(b, second) && sameProduction(first, second)) {
							first = b;
						}
					}
				}
				if (foreign != null) {
					first = foreign;
					used = capacity + 1;
				}
				if (first != null && used > capacity) {
					LocalDate end = day(first.getTo()).isBefore(day(second.getTo())) ? day(first.getTo()) : day(second.getTo());
					out.add(new Overbooking(e.getKey(), first, second, start, end, used, capacity));
				}
			}
		}
		return out;
	}

	/**
	 * How many bookings the resource takes at once: a store item's quantity, an apartment's beds (for people of one
	 * production: a unit is let to one production at a time), otherwise one.
	 */
	public static int capacity(StudioResource r) {
		if (r instanceof InventoryItem item) {
			return Math.max(1, item.getQuantity());
		}
		return r instanceof Apartment a ? Math.max(1, a.getBeds()) : 1;
	}

	/** The calendar day of a booking date. */
	public static LocalDate day(Date d) {
		return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	private static int pieces(Booking b) {
		return Math.max(1, b.getQuantity());
	}

	private static boolean sameProduction(Booking a, Booking b) {
		return a.getProductionId() != null || b.getProductionId() != null ? Objects.equals(a.getProductionId(), b.getProductionId())
				: Objects.equals(a.getProductionTitle(), b.getProductionTitle());
	}
}
