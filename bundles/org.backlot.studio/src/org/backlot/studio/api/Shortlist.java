// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.studio.Extra;

/**
 * The extras proposed for a scene's requirement on a day: the best
 * {@code count} people and reserves behind them, each with a score and why.
 *
 * @param requirement the scene's extras requirement
 * @param day         the shoot day availability was checked for, or null when not checked
 * @param filter      the hard limits read from the requirement (gender, ages, height, day)
 * @param understood  what was read from the description and look, in the user's language
 * @param matching    how many people pass the hard limits
 * @param chosen      the proposed people, best first (fewer than the count when too few match)
 * @param reserve     reserves, best first
 */
public record Shortlist(ExtrasRequirement requirement, LocalDate day, ExtrasSearch.Filter filter, List<String> understood, int matching,
		List<Candidate> chosen, List<Candidate> reserve) {

	/**
	 * One proposed person.
	 *
	 * @param extra the person
	 * @param age   age in the year of the day
	 * @param score how well the person fits (looks, skills, languages, age; higher is better)
	 * @param why   what fits and what counts against, in the user's language
	 */
	public record Candidate(Extra extra, int age, double score, List<String> why) {
	}

	/** How many people the requirement asks for. */
	public int count() {
		return Math.max(0, requirement.getCount());
	}

	/** How many people are missing to fill the count (0 when the shortlist is full). */
	public int shortfall() {
		return Math.max(0, count() - chosen.size());
	}

	/** The chosen people as extras, for {@link ExtrasSearch#book}. */
	public List<Extra> chosenExtras() {
		return chosen.stream().map(Candidate::extra).toList();
	}
}
