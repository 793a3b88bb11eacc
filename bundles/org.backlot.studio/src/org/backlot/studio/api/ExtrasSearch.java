// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.studio.internal.people.ExtrasBookings;
import org.backlot.studio.internal.people.ExtrasIndex;
import org.backlot.studio.internal.people.Shortlister;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Finds and books the base's extras. Built once per studio: the people's
 * gender, age, height, looks, skills and languages go into compact arrays and
 * bit sets (build a new search after editing the extras); availability is read
 * from the studio's bookings at each call, so bookings made meanwhile count.
 */
public final class ExtrasSearch {
	/**
	 * What the people must be. Ages are taken in the year of {@code available}
	 * (this year when no day is given); a limit of 0 is no limit; every look,
	 * skill and language listed is required (in any language the vocabulary
	 * knows: "警察" or "police").
	 *
	 * @param gender      the gender, or null for anyone
	 * @param minAge      youngest age, 0 for no limit
	 * @param maxAge      oldest age, 0 for no limit
	 * @param minHeightCm shortest height, 0 for no limit
	 * @param maxHeightCm tallest height, 0 for no limit
	 * @param looks       looks everyone must have
	 * @param skills      skills everyone must have
	 * @param languages   languages everyone must speak
	 * @param available   a day everyone must be free on (not unavailable, not booked by any production), or null
	 */
	public record Filter(Gender gender, int minAge, int maxAge, int minHeightCm, int maxHeightCm, Set<String> looks, Set<String> skills,
			Set<String> languages, LocalDate available) {
		/** Copies the sets; null sets are empty. */
		public Filter {
			looks = looks == null ? Set.of() : Set.copyOf(looks);
			skills = skills == null ? Set.of() : Set.copyOf(skills);
			languages = languages == null ? Set.of() : Set.copyOf(languages);
		}

		/** Everyone. */
		public static Filter any() {
			return new Filter(null, 0, 0, 0, 0, Set.of(), Set.of(), Set.of(), null);
		}

		/** This filter for one gender (null: anyone). */
		public Filter withGender(Gender g) {
			return new Filter(g, minAge, maxAge, minHeightCm, maxHeightCm, looks, skills, languages, available);
		}

		/** This filter for ages from {@code min} to {@code max} (0: no limit). */
		public Filter withAges(int min, int max) {
			return new Filter(gender, min, max, minHeightCm, maxHeightCm, looks, skills, languages, available);
		}

		/** This filter for heights from {@code min} to {@code max} cm (0: no limit). */
		public Filter withHeights(int min, int max) {
			return new Filter(gender, minAge, maxAge, min, max, looks, skills, languages, available);
		}

		/** This filter with these looks, skills and languages required. */
		public Filter withTraits(Set<String> l, Set<String> s, Set<String> lang) {
			return new Filter(gender, minAge, maxAge, minHeightCm, maxHeightCm, l, s, lang, available);
		}

		/** This filter for people free on a day (null: any day). */
		public Filter availableOn(LocalDate day) {
			return new Filter(gender, minAge, maxAge, minHeightCm, maxHeightCm, looks, skills, languages, day);
		}
	}

	/**
	 * Why a person cannot be booked on a day.
	 *
	 * @param extra  the person
	 * @param day    the day
	 * @param reason the reason in the user's language (who booked them, for which scene; or their unavailability)
	 */
	public record Conflict(Extra extra, LocalDate day, String reason) {
	}

	private final Studio studio;
	private final ExtrasIndex index;

	/** Indexes the studio's extras. */
	public ExtrasSearch(Studio studio) {
		this.studio = studio;
		this.index = new ExtrasIndex(studio);
	}

	/** The studio searched. */
	public Studio studio() {
		return studio;
	}

	/** Number of extras indexed. */
	public int size() {
		return index.size();
	}

	/** The first {@code limit} people (in the studio's order) who pass the filter. */
	public List<Extra> find(Filter f, int limit) {
		BitSet hits = index.matching(f, ageDay(f), studio);
		List<Extra> out = new ArrayList<>(Math.min(Math.max(0, limit), hits.cardinality()));
		for (int i = hits.nextSetBit(0); i >= 0 && out.size() < limit; i = hits.nextSetBit(i + 1)) {
			out.add(index.extra(i));
		}
		return out;
	}

	/** How many people pass the filter. */
	public int count(Filter f) {
		return index.matching(f, ageDay(f), studio).cardinality();
	}

	private static LocalDate ageDay(Filter f) {
		return f.available() != null ? f.available() : LocalDate.now();
	}

	/**
	 * The shortlist for a requirement on a day: the description and look are read
	 * into hard limits (gender, ages, height; people free on the day) and scoring
	 * words (looks, skills, languages; a period piece favours a period look and
	 * counts tattoos against); the best {@code count} people come first, then up
	 * to {@code extraCandidates} reserves.
	 *
	 * @param day the shoot day, or null to leave availability unchecked (ages are then taken this year)
	 */
	public Shortlist shortlist(ExtrasRequirement req, LocalDate day, int extraCandidates) {
		return Shortlister.shortlist(index, studio, req, day, Math.max(0, extraCandidates));
	}

	/** The reasons why these people cannot be booked on the day (nobody works twice the same day, whichever production booked them). */
	public static List<Conflict> conflicts(Studio s, Collection<Extra> people, LocalDate day) {
		return ExtrasBookings.conflicts(s, people, day);
	}

	/**
	 * Books the people for the requirement's scene on a shoot day: one confirmed
	 * SHOOT booking each in the studio, with the report time ({@code call}, or when
	 * null the background report time of the production's call sheet for that day).
	 * When someone is booked already that day or unavailable, the command cannot
	 * execute and its description names each conflict.
	 */
	public static Command book(EditingDomain d, Production p, ExtrasRequirement req, List<Extra> people, LocalDate day, LocalTime call) {
		return ExtrasBookings.book(d, p, req, people, day, call);
	}

	/** How many people a production has booked on the day (each person once): the head-count that permits ask for. */
	public static int headCount(Studio s, String productionId, LocalDate day) {
		return ExtrasBookings.headCount(s, productionId, day);
	}

	/** The background report time on the day the requirement's scene is shot, from the call sheet; null when it is not on the board that day. */
	public static LocalTime callTime(Production p, ExtrasRequirement req, LocalDate day) {
		return ExtrasBookings.callTime(p, req, day);
	}

	/** The date the scene is shot on the production's active board, or null when it is not scheduled. */
	public static LocalDate shootDate(Production p, Scene scene) {
		return ExtrasBookings.shootDate(p, scene);
	}
}
