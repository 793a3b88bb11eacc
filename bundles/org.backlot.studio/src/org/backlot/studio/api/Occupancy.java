// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The apartments' occupancy calendar ({@link Housing#occupancy}): per night,
 * how many units are taken, in all and by production.
 *
 * @param from  first night
 * @param to    last night
 * @param units the base's units
 * @param days  one entry a night, in order
 */
public record Occupancy(LocalDate from, LocalDate to, int units, List<Day> days) {

	/**
	 * One night.
	 *
	 * @param date         the date (the night that begins that day)
	 * @param occupied     units taken that night (a unit shared by several people counts once)
	 * @param total        the base's units
	 * @param byProduction units taken per production title, by title
	 */
	public record Day(LocalDate date, int occupied, int total, Map<String, Integer> byProduction) {
		/** The share of units taken, 0 to 1. */
		public double rate() {
			return total == 0 ? 0 : occupied / (double) total;
		}
	}

	/** The most units taken on any night. */
	public int peak() {
		return days.stream().mapToInt(Day::occupied).max().orElse(0);
	}
}
