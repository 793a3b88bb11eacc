// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.Overbookings;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.ui.internal.Texts;

/**
 * What the booking calendar draws: resources as rows, each booking (cancelled
 * ones aside) in a lane of its row so that overlapping bookings sit one under
 * another, the days from a little before the first booking to a little after
 * the last, and the bookings in conflict (double bookings, items beyond their
 * quantity) with the booking each clashes with.
 */
final class Timeline {
	/** One booking placed: its row, lane and days (0-based from the timeline's first day). */
	record Bar(Booking booking, int row, int lane, int first, int last) {
	}

	static final Timeline EMPTY = new Timeline(List.of(), List.of(), new int[0], LocalDate.now(), LocalDate.now().plusDays(27), Map.of());
	private static final int MARGIN_DAYS = 3;
	private static final int MIN_DAYS = 28;
	private final List<StudioResource> rows;
	private final List<Bar> bars;
	private final int[] lanes;
	private final LocalDate from;
	private final LocalDate to;
	private final Map<Booking, Booking> conflicts;

	private Timeline(List<StudioResource> rows, List<Bar> bars, int[] lanes, LocalDate from, LocalDate to, Map<Booking, Booking> conflicts) {
		this.rows = rows;
		this.bars = bars;
		this.lanes = lanes;
		this.from = from;
		this.to = to;
		this.conflicts = conflicts;
	}

	/** The timeline of these resources' bookings among all the studio's bookings. */
	static Timeline of(List<? extends StudioResource> resources, Collection<Booking> all) {
		Map<StudioResource, Integer> index = new IdentityHashMap<>();
		for (StudioResource r : resources) {
			index.putIfAbsent(r, index.size());
		}
		List<StudioResource> rows = new ArrayList<>(index.keySet());
		rows.sort(Comparator.comparingInt(index::get));
		Map<Booking, Booking> conflicts = new HashMap<>();
		List<Booking> mine = new ArrayList<>();
		LocalDate first = null;
		LocalDate last = null;
		for (Booking b : all) {
			if (b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null && b.getTo() != null && index.containsKey(b.getResource())) {
				mine.add(b);
				LocalDate f = Texts.local(b.getFrom());
				LocalDate t = Texts.local(b.getTo());
				first = first == null || f.isBefore(first) ? f : first;
				last = last == null || t.isAfter(last) ? t : last;
			}
		}
		for (Overbookings.Overbooking o : Overbookings.find(mine)) {
			conflicts.putIfAbsent(o.second(), o.first());
			conflicts.putIfAbsent(o.first(), o.second());
		}
		LocalDate start = (first == null ? LocalDate.now() : first).minusDays(MARGIN_DAYS);
		LocalDate end = last == null ? start.plusDays(MIN_DAYS - 1) : last.plusDays(MARGIN_DAYS);
		if (ChronoUnit.DAYS.between(start, end) < MIN_DAYS - 1) {
			end = start.plusDays(MIN_DAYS - 1);
		}
		mine.sort(Comparator.comparing(Booking::getFrom).thenComparing(Booking::getTo));
		Map<Integer, List<Integer>> laneEnds = new LinkedHashMap<>();
		int[] lanes = new int[rows.size()];
		List<Bar> bars = new ArrayList<>();
		for (Booking b : mine) {
			int row = index.get(b.getResource());
			int f = (int) ChronoUnit.DAYS.between(start, Texts.local(b.getFrom()));
			int t = Math.max(f, (int) ChronoUnit.DAYS.between(start, Texts.local(b.getTo())));
			List<Integer> ends = laneEnds.computeIfAbsent(row, k -> new ArrayList<>());
			int lane = 0;
			while (lane < ends.size() && ends.get(lane) >= f) {
				lane++;
			}
			if (lane == ends.size()) {
				ends.add(t);
			} else {
				ends.set(lane, t);
			}
			lanes[row] = Math.max(lanes[row], lane + 1);
			bars.add(new Bar(b, row, lane, f, t));
		}
		return new Timeline(List.copyOf(rows), List.copyOf(bars), lanes, start, end, conflicts);
	}

	List<StudioResource> rows() {
		return rows;
	}

	List<Bar> bars() {
		return bars;
	}

	/** Lanes of a row (at least one). */
	int lanes(int row) {
		return row < lanes.length ? Math.max(1, lanes[row]) : 1;
	}

	LocalDate from() {
		return from;
	}

	LocalDate to() {
		return to;
	}

	/** Days shown. */
	int days() {
		return (int) ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The day of a column. */
	LocalDate day(int column) {
		return from.plusDays(column);
	}

	/** The column of a date (may be outside 0..days-1). */
	int column(LocalDate d) {
		return (int) ChronoUnit.DAYS.between(from, d);
	}

	/** Whether the booking is in conflict. */
	boolean inConflict(Booking b) {
		return conflicts.containsKey(b);
	}

	/** The booking a booking clashes with, or null. */
	Booking clash(Booking b) {
		return conflicts.get(b);
	}

	/** The bookings shown (each once). */
	Set<Booking> bookings() {
		Set<Booking> out = new HashSet<>();
		bars.forEach(b -> out.add(b.booking()));
		return out;
	}

	/** How many bookings shown are in conflict. */
	int conflictCount() {
		return (int) bars.stream().filter(b -> inConflict(b.booking())).count();
	}

	/** The bar of a booking, or null. */
	Bar bar(Booking b) {
		return bars.stream().filter(x -> x.booking() == b).findFirst().orElse(null);
	}
}
