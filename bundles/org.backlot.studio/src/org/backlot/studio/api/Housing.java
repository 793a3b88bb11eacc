// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.studio.internal.people.Allocator;
import org.backlot.studio.internal.people.HousingBookings;
import org.backlot.studio.internal.people.HousingNeeds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Crew apartments: who of a production needs housing and for which nights,
 * their allocation to the base's units across productions, the STAY bookings
 * and the occupancy calendar.
 *
 * <p>
 * Who: crew with {@code housing} set, from the day before the board's first
 * shoot day (prep) to its last; travelling cast (named by the actor) from
 * their first day on the day-out-of-days (travel, fitting, rehearsal or work)
 * to their last work day. A stay covers those nights; the person leaves the
 * morning after.
 * <p>
 * Rules of the allocation: one bed a person. Units booked by another
 * production on any of the nights are not used. Everyone gets a unit of their
 * own, except people who ask to "share with" someone (kept together in a unit
 * with a bed for each) and, only when no unit is left, crew who then share a
 * unit with a free bed with colleagues of the same department; cast never
 * share unless they ask. "accessible" is a must; other preferences (quiet,
 * ground floor, kitchen...) are matched against the units' features as far as
 * they go. People already booked by the production keep their unit.
 * <p>
 * The algorithm places cast first, then everyone in order of how few units
 * suit them (then longest stay first), in the unit that meets most
 * preferences with the fewest spare beds; then it moves one placed person to
 * another unit when that frees a unit for someone left over, lets crew share
 * within their department as above, and swaps or moves people while that
 * meets more preferences.
 */
public final class Housing {
	/**
	 * Someone who needs an apartment.
	 *
	 * @param personId    the production's Person id, or the CastMember id for cast
	 * @param name        the person's name (the actor's for cast)
	 * @param cast        whether it is a cast member
	 * @param department  the crew department's name, or null for cast
	 * @param from        first night, or null when the person has no days on the board
	 * @param to          last night, or null
	 * @param preferences what they ask of a unit (features like "quiet", or "share with NAME")
	 */
	public record Need(String personId, String name, boolean cast, String department, LocalDate from, LocalDate to, List<String> preferences) {
		/** Copies the preferences; null is none. */
		public Need {
			preferences = preferences == null ? List.of() : List.copyOf(preferences);
		}
	}

	private Housing() {
	}

	/** The production's people who need housing, with their nights: cast by number, then crew in the production's order. */
	public static List<Need> needs(Production p) {
		return HousingNeeds.of(p);
	}

	/** Allocates the production's people who need housing to units for the nights from {@code from} to {@code to} (null: their whole stays). */
	public static Allocation allocate(Studio s, Production p, LocalDate from, LocalDate to) {
		return Allocator.allocate(s, p.getId(), needs(p), from, to);
	}

	/** Allocates these needs for a production (by id): the same rules, for what-if plans and the benchmark. */
	public static Allocation allocate(Studio s, String productionId, List<Need> needs, LocalDate from, LocalDate to) {
		return Allocator.allocate(s, productionId, needs, from, to);
	}

	/**
	 * Books an allocation: one STAY booking a person (occupant the person's name,
	 * element id the person's id), stays booked before left as they are. When a
	 * unit has been booked by another production meanwhile, the command cannot
	 * execute and its description names the units.
	 */
	public static Command book(EditingDomain d, Production p, Allocation a) {
		return HousingBookings.book(d, p, a);
	}

	/** Per night from {@code from} to {@code to}: units taken, in all and by production. */
	public static Occupancy occupancy(Studio s, LocalDate from, LocalDate to) {
		return HousingBookings.occupancy(s, from, to);
	}
}
