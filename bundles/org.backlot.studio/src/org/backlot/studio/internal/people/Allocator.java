// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.Allocation;
import org.backlot.studio.api.Allocation.Stay;
import org.backlot.studio.api.Allocation.Unhoused;
import org.backlot.studio.api.Housing.Need;
import org.backlot.studio.internal.people.Groups.Group;
import org.backlot.studio.internal.people.Groups.Member;
import org.eclipse.osgi.util.NLS;

/** Sets up an allocation (nights, units blocked by bookings, stays booked before), runs the {@link Placement} and reports the result. */
public final class Allocator {
	private static final Comparator<Allocation.Stay> STAYS = Comparator.comparing((Allocation.Stay s) -> s.need().cast() ? 0 : 1)
			.thenComparing(s -> s.need().department() == null ? "\uffff" : s.need().department()) //$NON-NLS-1$
			.thenComparing(s -> s.need().name() == null ? "" : s.need().name()); //$NON-NLS-1$

	private Allocator() {
	}

	/** Allocates the needs for the production over the nights from {@code from} to {@code to} (null: the needs' span). */
	public static Allocation allocate(Studio s, String productionId, List<Need> needs, LocalDate from, LocalDate to) {
		LocalDate first = from;
		LocalDate last = to;
		for (Need n : needs) {
			if (n.from() != null && n.to() != null) {
				first = from == null && (first == null || n.from().isBefore(first)) ? n.from() : first;
				last = to == null && (last == null || n.to().isAfter(last)) ? n.to() : last;
			}
		}
		List<Stay> stays = new ArrayList<>();
		List<Unhoused> unhoused = new ArrayList<>();
		if (first == null || last == null || last.isBefore(first)) {
			needs.forEach(n -> unhoused.add(new Unhoused(n, Messages.noNights)));
			return new Allocation(productionId, first, last, List.of(), List.copyOf(unhoused));
		}
		int nights = (int) ChronoUnit.DAYS.between(first, last) + 1;
		UnitGrid grid = new UnitGrid(s.getApartments(), nights);
		Map<Apartment, Integer> unitIndex = new IdentityHashMap<>();
		for (int u = 0; u < grid.units.length; u++) {
			unitIndex.put(grid.units[u], u);
		}
		Map<String, Booking> own = new HashMap<>();
		for (Booking b : s.getBookings()) {
			if (b.getResource() instanceof Apartment a && b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null && unitIndex.containsKey(a)) {
				LocalDate bf = ShootCalendar.toLocal(b.getFrom());
				LocalDate bt = b.getTo() == null ? bf : ShootCalendar.toLocal(b.getTo());
				grid.block(unitIndex.get(a), (int) ChronoUnit.DAYS.between(first, bf), (int) ChronoUnit.DAYS.between(first, bt));
				if (productionId != null && productionId.equals(b.getProductionId()) && b.getElementId() != null && !bt.isBefore(first)
						&& !bf.isAfter(last)) {
					own.putIfAbsent(b.getElementId(), b);
				}
			}
		}
		List<Member> members = new ArrayList<>();
		for (Need n : needs) {
			if (n.from() == null || n.to() == null) {
				unhoused.add(new Unhoused(n, Messages.noNights));
				continue;
			}
			LocalDate f = n.from().isBefore(first) ? first : n.from();
			LocalDate t = n.to().isAfter(last) ? last : n.to();
			if (t.isBefore(f)) {
				continue; // not here in these nights
			}
			Booking b = n.personId() == null ? null : own.get(n.personId());
			if (b != null) {
				Apartment a = (Apartment) b.getResource();
				LocalDate bf = ShootCalendar.toLocal(b.getFrom());
				LocalDate bt = b.getTo() == null ? bf : ShootCalendar.toLocal(b.getTo());
				Member m = new Member(n, 0, 0);
				stays.add(new Stay(n, a, bf, bt, true, List.of(), "", met(m, grid.features.get(unitIndex.get(a)), List.of(), true), //$NON-NLS-1$
						met(m, grid.features.get(unitIndex.get(a)), List.of(), false)));
				continue;
			}
			members.add(new Member(n, (int) ChronoUnit.DAYS.between(first, f), (int) ChronoUnit.DAYS.between(first, t)));
		}
		List<Group> groups = Groups.build(members, grid.maxBeds);
		Placement placement = new Placement(grid, groups);
		placement.run();
		for (Group g : groups) {
			int u = grid.unitOf(g);
			if (u < 0) {
				String reason = reason(grid, g, first);
				g.members.forEach(m -> unhoused.add(new Unhoused(m.need, reason)));
				continue;
			}
			for (Member m : g.members) {
				List<String> mates = new ArrayList<>();
				for (Group h : grid.groupsIn(u)) {
					for (Member o : h.members) {
						if (o != m && o.from <= m.to && m.from <= o.to) {
							mates.add(o.need.name());
						}
					}
				}
				String note = mates.isEmpty() ? "" : g.asked ? Messages.shareAsked : placement.shared.contains(g) ? Messages.shareScarce : ""; //$NON-NLS-1$ //$NON-NLS-2$
				List<String> names = g.members.stream().map(x -> HousingNeeds.norm(String.valueOf(x.need.name()))).toList();
				stays.add(new Stay(m.need, grid.units[u], first.plusDays(m.from), first.plusDays(m.to), false, List.copyOf(mates), note,
						met(m, grid.features.get(u), names, true), met(m, grid.features.get(u), names, false)));
			}
		}
		stays.sort(STAYS);
		return new Allocation(productionId, first, last, List.copyOf(stays), List.copyOf(unhoused));
	}

	/** The member's preferences the unit meets ({@code yes}) or does not, in the user's language. */
	private static List<String> met(Member m, java.util.Set<String> features, List<String> together, boolean yes) {
		List<String> out = new ArrayList<>();
		for (String pref : m.need.preferences()) {
			String target = Groups.shareTarget(pref);
			if (target != null) {
				if (together.contains(HousingNeeds.norm(target)) == yes) {
					out.add(pref);
				}
				continue;
			}
			for (String key : Groups.featureKeys(pref)) {
				if (features.contains(key) == yes) {
					out.add(Words.label(Words.Kind.FEATURE, key));
				}
			}
		}
		return List.copyOf(out);
	}

	/** Why nobody of the group got a unit. */
	private static String reason(UnitGrid grid, Group g, LocalDate first) {
		int open = 0;
		int openWithMusts = 0;
		for (int u = 0; u < grid.units.length; u++) {
			open += grid.open(u, g, false) ? 1 : 0;
			openWithMusts += grid.open(u, g, true) ? 1 : 0;
		}
		String nights = ShootCalendar.label(first.plusDays(g.lo)) + " – " + ShootCalendar.label(first.plusDays(g.hi)); //$NON-NLS-1$
		if (open == 0) {
			return g.size > 1 ? NLS.bind(Messages.noUnitBeds, g.size, nights) : NLS.bind(Messages.noUnitFree, nights);
		}
		if (openWithMusts == 0) {
			return NLS.bind(Messages.noUnitWith, String.join(", ", g.hard.stream().map(k -> Words.label(Words.Kind.FEATURE, k)).toList()), nights); //$NON-NLS-1$
		}
		return g.cast ? Messages.takenCast : g.department == null ? Messages.takenNoDepartment : Messages.takenCrew;
	}
}
