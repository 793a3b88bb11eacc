// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.List;

import org.backlot.model.script.Scene;

/**
 * A broken hard constraint on a board, in words that name what breaks it.
 *
 * @param kind    the constraint
 * @param day     the 0-based shoot day, or -1 for the whole board
 * @param scenes  the scenes concerned
 * @param message what is wrong, in the user's language ("Lin Xiao is unavailable on Mar 3 (day 3): scene 12")
 */
public record Violation(ConstraintKind kind, int day, List<Scene> scenes, String message) {
}
