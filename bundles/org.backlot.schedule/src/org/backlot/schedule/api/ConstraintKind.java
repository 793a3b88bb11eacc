// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

/** The hard constraints a board must honour; the optimiser never breaks one. */
public enum ConstraintKind {
	/** No more eighths of a page in a day than the board allows. */
	PAGES_PER_DAY,
	/** No more estimated minutes in a day than the board allows. */
	MINUTES_PER_DAY,
	/** No actor works on a day they are unavailable. */
	CAST_AVAILABILITY,
	/** An actor who may not be held works without gaps shorter than their drop rule. */
	HOLD_DROP,
	/** No stage used on a day another production has booked it. */
	STAGE_BOOKING,
	/** No location used on a day it is unavailable or booked by another production. */
	LOCATION_AVAILABILITY,
	/** No scene at a location before its permits can be approved. */
	PERMITS,
	/** Rest between wrap and the next call at least the turnaround (rest days are inserted). */
	TURNAROUND,
	/** Pinned scenes stay on their day. */
	PINNED,
	/** Weather-cover scenes stay in reserve until the last exterior day. */
	WEATHER_COVER,
	/** No shooting on company holidays, days off or company-move days. */
	HOLIDAYS
}
