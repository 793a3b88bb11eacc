// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backlot.core.api.Ids;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.Allocation;
import org.backlot.studio.api.Occupancy;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** STAY bookings of an allocation, and the apartments' occupancy calendar. */
public final class HousingBookings {
	private HousingBookings() {
	}

	/** A unit as users name it: building and unit ("C-305"). */
	public static String unitName(Apartment a) {
		return (a.getBuilding() == null ? "" : a.getBuilding() + "-") + (a.getUnit() == null ? "" : a.getUnit()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The command that books the allocation's new stays, or a {@link Refused} one naming the units other productions took meanwhile. */
	public static Command book(EditingDomain domain, Production p, Allocation a) {
		Studio s = p.getStudio();
		String label = NLS.bind(Messages.bookStays, a.stays().stream().filter(x -> !x.booked()).count());
		if (s == null) {
			return new Refused(label, List.of(Messages.noStudio));
		}
		List<String> conflicts = new ArrayList<>();
		List<Booking> bookings = new ArrayList<>();
		for (Allocation.Stay stay : a.stays()) {
			if (stay.booked()) {
				continue;
			}
			for (Booking b : s.getBookings()) {
				if (b.getResource() == stay.unit() && b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null
						&& (p.getId() == null || !p.getId().equals(b.getProductionId())) && overlaps(b, stay.from(), stay.to())) {
					conflicts.add(NLS.bind(Messages.unitTaken, new Object[] { unitName(stay.unit()), b.getProductionTitle(), stay.need().name() }));
				}
			}
			Booking b = StudioFactory.eINSTANCE.createBooking();
			b.setId(Ids.newId());
			b.setResource(stay.unit());
			b.setProductionId(p.getId());
			b.setProductionTitle(p.getTitle());
			b.setFrom(ShootCalendar.toDate(stay.from()));
			b.setTo(ShootCalendar.toDate(stay.to()));
			b.setStatus(BookingStatus.CONFIRMED);
			b.setPurpose(BookingPurpose.STAY);
			b.setQuantity(1);
			b.setOccupant(stay.need().name());
			b.setElementId(stay.need().personId());
			b.setNote(stay.shareNote() == null || stay.shareNote().isEmpty() ? null : stay.shareNote());
			bookings.add(b);
		}
		if (!conflicts.isEmpty()) {
			return new Refused(label, conflicts);
		}
		if (bookings.isEmpty()) {
			return new Refused(label, List.of(Messages.nothingToBook));
		}
		CompoundCommand c = new CompoundCommand(label, label);
		c.append(new AddCommand(domain, s, StudioPackage.Literals.STUDIO__BOOKINGS, bookings));
		return c;
	}

	private static boolean overlaps(Booking b, LocalDate from, LocalDate to) {
		LocalDate bf = ShootCalendar.toLocal(b.getFrom());
		LocalDate bt = b.getTo() == null ? bf : ShootCalendar.toLocal(b.getTo());
		return !bt.isBefore(from) && !bf.isAfter(to);
	}

	/** Units taken per night from {@code from} to {@code to}, in all and by production title (cancelled bookings aside). */
	public static Occupancy occupancy(Studio s, LocalDate from, LocalDate to) {
		int units = s.getApartments().size();
		int nights = Math.max(0, (int) ChronoUnit.DAYS.between(from, to) + 1);
		Map<Apartment, Integer> index = new IdentityHashMap<>();
		for (int u = 0; u < units; u++) {
			index.put(s.getApartments().get(u), u);
		}
		BitSet[] taken = new BitSet[nights];
		List<Map<String, BitSet>> byProduction = new ArrayList<>();
		for (int n = 0; n < nights; n++) {
			taken[n] = new BitSet(units);
			byProduction.add(new TreeMap<>());
		}
		for (Booking b : s.getBookings()) {
			Integer u = b.getResource() instanceof Apartment a ? index.get(a) : null;
			if (u == null || b.getStatus() == BookingStatus.CANCELLED || b.getFrom() == null) {
				continue;
			}
			LocalDate bf = ShootCalendar.toLocal(b.getFrom());
			LocalDate bt = b.getTo() == null ? bf : ShootCalendar.toLocal(b.getTo());
			int lo = Math.max(0, (int) ChronoUnit.DAYS.between(from, bf));
			int hi = Math.min(nights - 1, (int) ChronoUnit.DAYS.between(from, bt));
			String who = b.getProductionTitle() != null && !b.getProductionTitle().isBlank() ? b.getProductionTitle()
					: b.getProductionId() != null ? b.getProductionId() : Messages.anotherProduction;
			for (int n = lo; n <= hi; n++) {
				taken[n].set(u);
				byProduction.get(n).computeIfAbsent(who, k -> new BitSet()).set(u);
			}
		}
		List<Occupancy.Day> days = new ArrayList<>(nights);
		for (int n = 0; n < nights; n++) {
			Map<String, Integer> counts = new TreeMap<>();
			byProduction.get(n).forEach((k, v) -> counts.put(k, v.cardinality()));
			days.add(new Occupancy.Day(from.plusDays(n), taken[n].cardinality(), units, java.util.Collections.unmodifiableMap(counts)));
		}
		return new Occupancy(from, to, units, List.copyOf(days));
	}
}
