// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.permits.Hazard;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;

/**
 * The facts of each shoot day at each place, as the call sheet has them: scenes timed from the shooting call with the
 * board's company moves, the unit at a place from an hour before its first scene to an hour after its last, the cast,
 * background and crew called, the picture vehicles and the hazards of the breakdown.
 */
public final class Facts {
	/** The hours the unit is at a place before its first scene and after its last (the rules' default prep and strike). */
	public static final int PREP_HOURS = 1;
	/** See {@link #PREP_HOURS}. */
	public static final int STRIKE_HOURS = 1;
	private static final LocalTime LATE = LocalTime.of(22, 0);

	/**
	 * One shoot day of a plan.
	 *
	 * @param number       its number (1-based)
	 * @param date         its date
	 * @param crewCall     crew call
	 * @param shootingCall the first shot
	 * @param scenes       the scenes in order
	 */
	public record Slot(int number, LocalDate date, LocalTime crewCall, LocalTime shootingCall, List<Scene> scenes) {
	}

	private Facts() {
	}

	/** The board's own days, dated and timed as its day breaks say (else as its calendar does). */
	public static List<Slot> slots(Production p, Schedule board) {
		Plan plan = Boards.read(board);
		List<ShootDay> banners = Boards.days(board);
		ShootCalendar.Dated dated = dated(p, board, plan);
		List<Slot> out = new ArrayList<>(plan.dayCount());
		for (int i = 0; i < plan.dayCount(); i++) {
			ShootDay day = i < banners.size() ? banners.get(i) : null;
			LocalDate date = day != null && day.getDate() != null ? ShootCalendar.toLocal(day.getDate()) : dated.dates().get(i);
			LocalTime call = ShootCalendar.time(day == null ? null : day.getCrewCall(), dated.calls().get(i).toLocalTime());
			LocalTime shooting = ShootCalendar.time(day == null ? null : day.getShootingCall(), call.plusHours(1));
			int number = day != null && day.getDayNumber() > 0 ? day.getDayNumber() : i + 1;
			out.add(new Slot(number, date, call, shooting, plan.days().get(i)));
		}
		return out;
	}

	/** The days of a plan of the board on the given dates, called as the board's calendar calls them. */
	public static List<Slot> slots(Production p, Schedule board, Plan plan, List<LocalDate> dates) {
		ShootCalendar.Dated dated = dated(p, board, plan);
		List<Slot> out = new ArrayList<>(plan.dayCount());
		for (int i = 0; i < plan.dayCount() && i < dates.size(); i++) {
			LocalTime call = dated.calls().get(i).toLocalTime();
			out.add(new Slot(i + 1, dates.get(i), call, call.plusHours(1), plan.days().get(i)));
		}
		return out;
	}

	private static ShootCalendar.Dated dated(Production p, Schedule board, Plan plan) {
		List<DayKind> kinds = new ArrayList<>(plan.dayCount());
		plan.days().forEach(d -> kinds.add(DayKind.of(d)));
		return ShootCalendar.of(p, board).date(kinds);
	}

	/** The facts of each day at each place, in day order (a day with a company move gives one per place, in order). */
	public static List<DayAtPlace> days(Production p, Schedule board, List<Slot> slots) {
		SceneNeeds needs = SceneNeeds.of(p, board);
		Hazards hazards = Hazards.of(p);
		int crew = p.getPeople().size();
		Map<String, Integer> booked = bookedExtras(p);
		List<DayAtPlace> out = new ArrayList<>();
		for (Slot slot : slots) {
			Map<String, List<Scene>> places = new LinkedHashMap<>();
			Map<String, LocalDateTime[]> times = new LinkedHashMap<>();
			LocalDateTime t = slot.date().atTime(slot.shootingCall());
			Scene previous = null;
			for (Scene s : slot.scenes()) {
				if (previous != null && !SceneNeeds.placeKey(previous).equals(SceneNeeds.placeKey(s))) {
					t = t.plusMinutes(needs.moveMinutes());
				}
				previous = s;
				String key = SceneNeeds.placeKey(s);
				places.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
				LocalDateTime end = t.plusMinutes(needs.minutes(s));
				LocalDateTime[] span = times.computeIfAbsent(key, k -> new LocalDateTime[2]);
				if (span[0] == null) {
					span[0] = t;
				}
				span[1] = end;
				t = end;
			}
			for (Map.Entry<String, List<Scene>> e : places.entrySet()) {
				LocalDateTime[] span = times.get(e.getKey());
				out.add(day(slot, e.getValue(), span[0].minusHours(PREP_HOURS), span[1].plusHours(STRIKE_HOURS), needs, hazards, crew, booked));
			}
		}
		return Collections.unmodifiableList(out);
	}

	/**
	 * Background actors the production has booked in the studio's extras register, by scene id and day
	 * ({@code id@date}): when they are more than the breakdown asks for, the head-count is theirs.
	 */
	private static Map<String, Integer> bookedExtras(Production p) {
		Map<String, Integer> out = new HashMap<>();
		if (p.getStudio() == null || p.getId() == null) {
			return out;
		}
		for (Booking b : p.getStudio().getBookings()) {
			if (b.getResource() instanceof Extra && b.getStatus() != BookingStatus.CANCELLED && p.getId().equals(b.getProductionId())
					&& b.getElementId() != null && b.getFrom() != null) {
				out.merge(b.getElementId() + "@" + ShootCalendar.toLocal(b.getFrom()), 1, Integer::sum); //$NON-NLS-1$
			}
		}
		return out;
	}

	private static DayAtPlace day(Slot slot, List<Scene> scenes, LocalDateTime from, LocalDateTime to, SceneNeeds needs, Hazards hazards,
			int crew, Map<String, Integer> booked) {
		Scene first = scenes.get(0);
		boolean exterior = false;
		boolean night = to.isAfter(slot.date().atTime(LATE));
		Set<CastMember> cast = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Hazard, List<String>> found = new EnumMap<>(Hazard.class);
		Set<Element> vehicles = new LinkedHashSet<>();
		int extras = 0;
		for (Scene s : scenes) {
			exterior |= s.getIntExt() == IntExt.EXT || s.getIntExt() == IntExt.INT_EXT;
			night |= DayKind.isNight(s);
			cast.addAll(needs.cast(s));
			extras += Math.max(needs.extras(s), booked.getOrDefault(s.getId() + "@" + slot.date(), 0)); //$NON-NLS-1$
			for (Hazards.Found f : hazards.of(s)) {
				List<String> list = found.computeIfAbsent(f.hazard(), k -> new ArrayList<>());
				if (!list.contains(f.evidence())) {
					list.add(f.evidence());
				}
			}
			vehicles.addAll(hazards.vehicles(s));
		}
		Map<Hazard, List<String>> frozen = new EnumMap<>(Hazard.class);
		found.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
		int vehicleCount = 0;
		List<String> types = new ArrayList<>();
		for (Element v : vehicles) {
			vehicleCount += Hazards.count(v);
			types.add(Hazards.name(v));
		}
		return new DayAtPlace(slot.number(), slot.date(), from, to, first.getLocation(), first.getLocation() == null ? first.getStage() : null,
				SceneNeeds.placeName(first), List.copyOf(scenes), exterior, night, Collections.unmodifiableMap(frozen), cast.size(), extras, crew,
				vehicleCount, List.copyOf(types));
	}
}
