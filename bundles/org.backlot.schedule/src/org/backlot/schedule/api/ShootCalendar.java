// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.EventKind;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
import org.backlot.schedule.internal.solver.Texts;

/**
 * The working calendar of a board: which dates are shoot days (days per week,
 * company holidays, company-move days), the call and wrap of each kind of day,
 * and the dates of a plan's days with the rest days the turnaround forces.
 */
public final class ShootCalendar {
	/** How much later than the schedule's day call a day shoot may be called to honour the turnaround. */
	public static final Duration MAX_CALL_SLIP = Duration.ofHours(4);

	private final LocalDate start;
	private final int daysPerWeek;
	private final Set<LocalDate> offDays;
	private final Duration turnaround;
	private final LocalTime dayCall;
	private final LocalTime nightCall;
	private final Duration dayLength;

	/** A calendar from explicit settings. */
	public ShootCalendar(LocalDate start, int daysPerWeek, Set<LocalDate> offDays, double turnaroundHours, LocalTime dayCall,
			LocalTime nightCall, double dayHours) {
		this.start = start;
		this.daysPerWeek = Math.max(1, Math.min(7, daysPerWeek));
		this.offDays = Set.copyOf(offDays);
		this.turnaround = Duration.ofMinutes(Math.round(turnaroundHours * 60));
		this.dayCall = dayCall;
		this.nightCall = nightCall;
		this.dayLength = Duration.ofMinutes(Math.round(dayHours * 60));
	}

	/** The calendar of a board: its start (or the production's, or today), holidays and company moves off. */
	public static ShootCalendar of(Production p, Schedule s) {
		Date first = s.getStartDate() != null ? s.getStartDate() : p.getStartDate();
		LocalDate start = first != null ? toLocal(first) : LocalDate.now();
		Set<LocalDate> off = new HashSet<>();
		for (Holiday h : p.getHolidays()) {
			if (h.getDate() != null) {
				off.add(toLocal(h.getDate()));
			}
		}
		for (ScheduleEvent e : s.getEvents()) {
			if (e.getKind() == EventKind.COMPANY_MOVE && e.getDate() != null) {
				off.add(toLocal(e.getDate()));
			}
		}
		return new ShootCalendar(start, s.getDaysPerWeek(), off, s.getTurnaroundHours(), time(s.getDayCall(), LocalTime.of(7, 0)),
				time(s.getNightCall(), LocalTime.of(17, 0)), s.getDayHours() > 0 ? s.getDayHours() : 12);
	}

	/** The calendar date of a model date (in this machine's zone, as the model stores dates). */
	public static LocalDate toLocal(Date d) {
		return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	/** The model date of a calendar date. */
	public static Date toDate(LocalDate d) {
		return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/** The date as users read it ("Mar 1, 2027", "2027年3月1日"); empty for null. */
	public static String label(LocalDate d) {
		return Texts.date(d);
	}

	/** HH:mm, or the fallback when empty or unreadable. */
	public static LocalTime time(String text, LocalTime fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim()); //$NON-NLS-1$
		} catch (DateTimeParseException e) {
			return fallback;
		}
	}

	/** The first possible shoot date. */
	public LocalDate start() {
		return start;
	}

	/** Whether the unit may shoot on this date (a working weekday, no holiday, no company move). */
	public boolean isWorkday(LocalDate d) {
		return d.getDayOfWeek().getValue() <= daysPerWeek && !offDays.contains(d);
	}

	/** The first workday on or after the date. */
	public LocalDate nextWorkday(LocalDate d) {
		LocalDate x = d;
		for (int i = 0; i < 3660 && !isWorkday(x); i++) {
			x = x.plusDays(1);
		}
		return x;
	}

	/** The planned crew call of a kind of day. */
	public LocalTime call(DayKind kind) {
		return switch (kind) {
		case DAY -> dayCall;
		case NIGHT -> nightCall;
		case SPLIT -> nightCall.minus(dayLength.dividedBy(2));
		};
	}

	/** Hours from crew call to wrap. */
	public Duration dayLength() {
		return dayLength;
	}

	/** The minimum rest between a wrap and the next call. */
	public Duration turnaround() {
		return turnaround;
	}

	/**
	 * Dates, calls and wraps of consecutive shoot days of the given kinds: each
	 * day takes the next workday; a day shoot's call slips up to
	 * {@link #MAX_CALL_SLIP} to honour the turnaround, otherwise a workday is
	 * left as rest.
	 */
	public Dated date(List<DayKind> kinds) {
		List<LocalDate> dates = new ArrayList<>(kinds.size());
		List<LocalDateTime> calls = new ArrayList<>(kinds.size());
		List<LocalDateTime> wraps = new ArrayList<>(kinds.size());
		List<Integer> rests = new ArrayList<>(kinds.size());
		LocalDate next = nextWorkday(start);
		LocalDateTime lastWrap = null;
		for (DayKind kind : kinds) {
			int rest = 0;
			LocalDateTime call;
			while (true) {
				call = next.atTime(call(kind));
				if (lastWrap == null) {
					break;
				}
				LocalDateTime earliest = lastWrap.plus(turnaround);
				if (!call.isBefore(earliest)) {
					break;
				}
				if (kind != DayKind.NIGHT && Duration.between(call, earliest).compareTo(MAX_CALL_SLIP) <= 0) {
					call = earliest;
					break;
				}
				next = nextWorkday(next.plusDays(1));
				rest++;
			}
			dates.add(next);
			calls.add(call);
			LocalDateTime wrap = call.plus(dayLength);
			wraps.add(wrap);
			rests.add(rest);
			lastWrap = wrap;
			next = nextWorkday(next.plusDays(1));
		}
		return new Dated(List.copyOf(dates), List.copyOf(calls), List.copyOf(wraps), List.copyOf(rests));
	}

	/**
	 * Dates of a plan's shoot days.
	 *
	 * @param dates     the date of each day
	 * @param calls     crew call of each day
	 * @param wraps     planned wrap of each day
	 * @param restDays  workdays left as rest before each day for the turnaround
	 */
	public record Dated(List<LocalDate> dates, List<LocalDateTime> calls, List<LocalDateTime> wraps, List<Integer> restDays) {
		/** Rest days forced by the turnaround in the whole plan. */
		public int totalRestDays() {
			return restDays.stream().mapToInt(Integer::intValue).sum();
		}
	}
}
