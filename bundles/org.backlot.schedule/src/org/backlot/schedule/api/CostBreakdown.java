// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.List;

/**
 * A board's cost, term by term, as the optimiser minimises it.
 *
 * @param terms each term in a fixed order
 * @param total the sum of the terms' costs
 */
public record CostBreakdown(List<CostTerm> terms, double total) {
	/** The term with this key, or null. */
	public CostTerm term(String key) {
		return terms.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
	}
}
