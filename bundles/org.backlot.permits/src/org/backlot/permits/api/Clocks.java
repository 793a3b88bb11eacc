// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.internal.workflow.ClockReader;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.permits.internal.workflow.Names;

/** The service-level clock of an application: working days from a complete application against its authority's promise. */
public final class Clocks {
	private Clocks() {
	}

	/**
	 * The clock of an application. It starts at the first history entry COMPLETE or SUBMITTED after the last DRAFT or
	 * MORE_INFO (a request for more information restarts it at resubmission; a withdrawal before a decision stops it),
	 * and is decided by the first APPROVED or REJECTED after the start. Elapsed counts the working days of the
	 * production's calendar ({@link WorkingDays#of}) from the start to the decision, or to today; the target is the
	 * studio record's target days (else the contributed authority's); due is the start plus the target. Undecided, it
	 * is LATE past the target or when today is after the deadline, AT_RISK with one working day or less left or when
	 * due after the deadline, else ON_TIME.
	 *
	 * @param deadline the date the schedule needs the decision by, or null
	 */
	public static Clock of(PermitApplication a, LocalDate today, LocalDate deadline) {
		int target = Names.target(a, Names.definition(a).orElse(null));
		return ClockReader.of(a, target, Names.workingDays(a), today, deadline);
	}

	/** Where a clock stands, in the user's language (on time, at risk, late...). */
	public static String label(Clock.State s) {
		return switch (s) {
		case NOT_STARTED -> Messages.clockNotStarted;
		case ON_TIME -> Messages.clockOnTime;
		case AT_RISK -> Messages.clockAtRisk;
		case LATE -> Messages.clockLate;
		case DECIDED_ON_TIME -> Messages.clockDecidedOnTime;
		case DECIDED_LATE -> Messages.clockDecidedLate;
		};
	}
}
