// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.studio.Apartment;

/**
 * Who of a production sleeps in which apartment for which nights, and who
 * could not be housed and why ({@link Housing#allocate}).
 *
 * @param productionId the production
 * @param from         first night planned
 * @param to           last night planned
 * @param stays        the people housed: cast first, then crew by department and name
 * @param unhoused     the people left without a unit, with the reason
 */
public record Allocation(String productionId, LocalDate from, LocalDate to, List<Stay> stays, List<Unhoused> unhoused) {

	/**
	 * One person's unit and nights.
	 *
	 * @param need       who, and what they asked for
	 * @param unit       the apartment
	 * @param from       first night
	 * @param to         last night (they leave the morning after)
	 * @param booked     true when the production had booked this stay already (kept as it is, not booked again)
	 * @param sharedWith the names of the production's people in the same unit on some of these nights
	 * @param shareNote  why the unit is shared ("asked to share with", "same department, units scarce"), or empty
	 * @param met        the preferences the unit meets, in the user's language
	 * @param unmet      the preferences it does not meet
	 */
	public record Stay(Housing.Need need, Apartment unit, LocalDate from, LocalDate to, boolean booked, List<String> sharedWith, String shareNote,
			List<String> met, List<String> unmet) {
	}

	/**
	 * Someone who needs housing but has no unit.
	 *
	 * @param need   who
	 * @param reason why, in the user's language
	 */
	public record Unhoused(Housing.Need need, String reason) {
	}

	/** The stay of a person (by person or cast member id), or null. */
	public Stay stayOf(String personId) {
		for (Stay s : stays) {
			if (s.need().personId() != null && s.need().personId().equals(personId)) {
				return s;
			}
		}
		return null;
	}
}
