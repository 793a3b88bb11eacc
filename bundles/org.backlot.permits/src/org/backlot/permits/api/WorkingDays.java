// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Holiday;
import org.backlot.schedule.api.ShootCalendar;

/** The authorities' working days: Monday to Friday, except the production's listed holidays (public holidays). */
public final class WorkingDays {
	private final Set<LocalDate> holidays;

	/** A calendar with these holidays. */
	public WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	/** The calendar of a production (its holidays count as the authorities' days off too). */
	public static WorkingDays of(Production p) {
		Set<LocalDate> off = new HashSet<>();
		for (Holiday h : p.getHolidays()) {
			if (h.getDate() != null) {
				off.add(ShootCalendar.toLocal(h.getDate()));
			}
		}
		return new WorkingDays(off);
	}

	/** Whether offices are open that day. */
	public boolean isWorkingDay(LocalDate d) {
		return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
	}

	/** The date n working days after d (n ≥ 0; with n = 0, d itself or the next working day). */
	public LocalDate plus(LocalDate d, int n) {
		LocalDate x = d;
		while (!isWorkingDay(x)) {
			x = x.plusDays(1);
		}
		for (int i = 0; i < n; i++) {
			x = x.plusDays(1);
			while (!isWorkingDay(x)) {
				x = x.plusDays(1);
			}
		}
		return x;
	}

	/** The date n working days before d (n ≥ 0; with n = 0, d itself or the working day before). */
	public LocalDate minus(LocalDate d, int n) {
		LocalDate x = d;
		while (!isWorkingDay(x)) {
			x = x.minusDays(1);
		}
		for (int i = 0; i < n; i++) {
			x = x.minusDays(1);
			while (!isWorkingDay(x)) {
				x = x.minusDays(1);
			}
		}
		return x;
	}

	/** Working days after {@code from} up to and including {@code to} (0 when to is not after from). */
	public int between(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate x = from.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) {
			if (isWorkingDay(x)) {
				n++;
			}
		}
		return n;
	}
}
