// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;

/**
 * The service-level clock of one application: working days since it was complete (the base's promise runs from a
 * complete application) against the authority's target, and the deadline the schedule implies.
 *
 * @param started     when the clock started (the application became complete, or was submitted), or null
 * @param decided     when the authority decided (approved or rejected), or null
 * @param elapsed     working days from start to decision (or to today)
 * @param target      working days the authority promises
 * @param due         the date the decision is due by the promise (start plus target), or null
 * @param deadline    the date the schedule needs the decision by, or null when no scheduled day depends on it
 * @param state       on time, at risk or late
 */
public record Clock(LocalDate started, LocalDate decided, int elapsed, int target, LocalDate due, LocalDate deadline, State state) {

	/** Where a clock stands. */
	public enum State {
		/** Not started: the application is not complete yet. */
		NOT_STARTED,
		/** Within the target, and due before the schedule needs it. */
		ON_TIME,
		/** Within the target, but one working day or less is left, or the due date is after the schedule's deadline. */
		AT_RISK,
		/** Past the target, or past the schedule's deadline without a decision. */
		LATE,
		/** Decided within the target. */
		DECIDED_ON_TIME,
		/** Decided after the target. */
		DECIDED_LATE
	}
}
