// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.studio.Location;

/**
 * One approval the schedule needs: an authority's sign-off for the work at a place (or, for a production-wide
 * authority, for all the filming) on some shoot days, with the application that covers it, if any.
 *
 * @param authority   the contributed authority
 * @param studioRecord the studio's record of it (contact, local lead time), or null when the studio lists none yet
 * @param location    the place, or null for a production-wide authority or an unlisted place
 * @param placeName   the place as the schedule names it (or the production's district)
 * @param days        the shoot days at the place that need it, in date order
 * @param reasons     why, one sentence each, without repeats
 * @param application the application that covers it, or null when none does yet
 * @param coverage    how well the application covers the days
 * @param submitBy    the last working day to submit (lead time before the first day)
 * @param decideBy    the day the decision is needed (the working day before the first day)
 */
public record Requirement(AuthorityDefinition authority, Authority studioRecord, Location location, String placeName,
		List<DayAtPlace> days, List<String> reasons, PermitApplication application, Coverage coverage, LocalDate submitBy,
		LocalDate decideBy) {

	/** The first shoot day that needs the approval. */
	public DayAtPlace first() {
		return days.get(0);
	}

	/** How an application covers a requirement. */
	public enum Coverage {
		/** No application yet. */
		MISSING,
		/** An application exists but is not yet submitted (draft or complete). */
		NOT_SUBMITTED,
		/** Submitted (or more information asked for) and expected before it is needed. */
		PENDING,
		/** Submitted but the authority's target date falls after the day it is needed. */
		AT_RISK,
		/** Approved for every day and hour at the place. */
		APPROVED,
		/** Approved, but not for every scheduled day, hour or place. */
		PARTLY_APPROVED,
		/** Rejected, withdrawn or expired. */
		REFUSED
	}
}
