// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.List;

/**
 * Whether a board honours one constraint, and why.
 *
 * @param kind        the constraint
 * @param label       its name in the user's language
 * @param explanation why it holds or what it restricts ("3 actors have unavailable days; their 14 scenes avoid them")
 * @param violations  where it breaks; empty when it holds
 */
public record ConstraintStatus(ConstraintKind kind, String label, String explanation, List<Violation> violations) {
	/** Whether the board honours the constraint. */
	public boolean holds() {
		return violations.isEmpty();
	}
}
