// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.LocalDate;

/**
 * One calendar day of a day-out-of-days, from the first to the last day anyone works.
 *
 * @param date      the date
 * @param dayNumber the shoot day number, or 0 on a day without shooting
 * @param off       why nobody shoots (holiday name, "rest", "company move"), or null on a shoot day
 */
public record DoodColumn(LocalDate date, int dayNumber, String off) {
}
