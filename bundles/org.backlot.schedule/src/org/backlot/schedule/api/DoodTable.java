// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.List;

/**
 * A day-out-of-days: calendar columns and one row per element.
 *
 * @param title   what it covers ("Cast", "Props"...)
 * @param columns the calendar days
 * @param rows    the elements, cast by number, others by name
 */
public record DoodTable(String title, List<DoodColumn> columns, List<DoodRow> rows) {
}
