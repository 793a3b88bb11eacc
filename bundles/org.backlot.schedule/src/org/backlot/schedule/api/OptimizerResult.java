// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.List;

/**
 * What an optimiser run found.
 *
 * @param plan        the best plan that honours every hard constraint, or the start plan when none was found
 * @param cost        its cost, term by term
 * @param feasible    whether {@code plan} honours every hard constraint
 * @param blocking    when not feasible: the constraints that could not be met, with what blocks them
 * @param iterations  moves tried
 * @param millis      run time
 * @param startCost   cost of the plan the run started from (the board, or the classic sort for an empty board)
 */
public record OptimizerResult(Plan plan, CostBreakdown cost, boolean feasible, List<Violation> blocking, long iterations, long millis,
		CostBreakdown startCost) {
}
