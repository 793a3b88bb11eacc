// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

/**
 * One term of a board's cost.
 *
 * @param key      stable key: companyMoves, locationChanges, castDays, shootDays, stageDays, nightToDay
 * @param label    what it counts, in the user's language
 * @param count    how many units the board has (moves, days...)
 * @param unitCost the weight of one unit
 * @param cost     count times unit cost (cast days: the sum of each actor's days at their rate)
 */
public record CostTerm(String key, String label, double count, double unitCost, double cost) {
}
