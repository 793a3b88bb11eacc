// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;

/**
 * A check of shoot days contributed to {@value #EXTENSION_POINT}: warns about days that break a rule another plugin
 * knows (a permit that cannot be approved in time...). {@link Constraints#check(Production, Schedule, Plan)} adds
 * each violation to the status of its {@link ConstraintKind}.
 */
public interface DayCheck {
	/** The extension point checks are contributed to. */
	String EXTENSION_POINT = "org.backlot.schedule.dayChecks"; //$NON-NLS-1$

	/**
	 * The violations of a plan of the board; must not change the model and must be fast (it runs whenever a board is
	 * checked).
	 *
	 * @param p     the production
	 * @param board the board the plan is for (its settings and calendar)
	 * @param plan  the shoot days, which may differ from the board's own
	 * @param dates the date of each day of the plan
	 * @return one violation per broken day, with its 0-based day, the scenes concerned and a message naming them
	 */
	List<Violation> check(Production p, Schedule board, Plan plan, List<LocalDate> dates);
}
