// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import java.time.LocalDate;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.StatusChange;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.WorkingDays;
import org.backlot.schedule.api.ShootCalendar;

/** Reads an application's service-level clock from its history (see {@link org.backlot.permits.api.Clocks}). */
public final class ClockReader {
	private ClockReader() {
	}

	/**
	 * The clock of an application against {@code target} working days of the calendar {@code days}. The history is read
	 * in order: a DRAFT or MORE_INFO entry stops and resets the clock, so does a withdrawal before any decision; the
	 * first COMPLETE or SUBMITTED entry after that starts it; the first APPROVED or REJECTED entry after the start
	 * decides it. Entries without a date only reset.
	 */
	public static Clock of(PermitApplication a, int target, WorkingDays days, LocalDate today, LocalDate deadline) {
		LocalDate started = null;
		LocalDate decided = null;
		for (StatusChange e : a.getHistory()) {
			LocalDate at = e.getAt() == null ? null : ShootCalendar.toLocal(e.getAt());
			switch (e.getStatus()) {
			case DRAFT, MORE_INFO -> {
				started = null;
				decided = null;
			}
			case WITHDRAWN -> {
				if (decided == null) {
					started = null;
				}
			}
			case COMPLETE, SUBMITTED -> {
				if (started == null) {
					started = at;
					decided = null;
				}
			}
			case APPROVED, REJECTED -> {
				if (started != null && decided == null) {
					decided = at;
				}
			}
			case EXPIRED -> {
				// the decision stands; the clock does not change
			}
			}
		}
		if (started == null) {
			return new Clock(null, null, 0, target, null, deadline, Clock.State.NOT_STARTED);
		}
		LocalDate end = decided != null ? decided : today;
		int elapsed = days.between(started, end);
		LocalDate due = days.plus(started, target);
		return new Clock(started, decided, elapsed, target, due, deadline, state(decided != null, elapsed, target, due, today, deadline));
	}

	private static Clock.State state(boolean decided, int elapsed, int target, LocalDate due, LocalDate today, LocalDate deadline) {
		if (decided) {
			return elapsed <= target ? Clock.State.DECIDED_ON_TIME : Clock.State.DECIDED_LATE;
		}
		if (elapsed > target || deadline != null && today.isAfter(deadline)) {
			return Clock.State.LATE;
		}
		if (target - elapsed <= 1 || deadline != null && due.isAfter(deadline)) {
			return Clock.State.AT_RISK;
		}
		return Clock.State.ON_TIME;
	}
}
