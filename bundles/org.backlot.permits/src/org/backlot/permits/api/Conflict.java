// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;

import org.backlot.model.permits.PermitApplication;

/**
 * Something that keeps a scheduled shoot day from having the approval it needs, in words naming the authority, the
 * place, the day and the date.
 *
 * @param kind        what is wrong
 * @param application the application concerned, or null when there is none
 * @param requirement the requirement concerned, or null
 * @param dayNumber   the shoot day's number, 0 when it concerns no one day
 * @param date        the shoot day's date, or null
 * @param message     what is wrong, in the user's language
 */
public record Conflict(Kind kind, PermitApplication application, Requirement requirement, int dayNumber, LocalDate date, String message) {

	/** What keeps a day from its approval. */
	public enum Kind {
		/** An application exists but cannot be decided before the day needs it (not submitted, or submitted too late). */
		NOT_APPROVED_IN_TIME,
		/** No application, and one made today would come too late (or its lead time has passed). */
		NOT_APPLIED,
		/** The approval does not cover the day's hours (or the day at all). */
		HOURS_NOT_COVERED,
		/** The approval was for the scenes at another place. */
		PLACE_NOT_COVERED,
		/** The application was rejected, withdrawn or has expired. */
		REFUSED,
		/** The insurance certificate expires before the permit's last day. */
		DOCUMENT_EXPIRED
	}
}
