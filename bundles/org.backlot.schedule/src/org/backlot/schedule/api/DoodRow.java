// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.breakdown.Element;

/**
 * One element's line of a day-out-of-days.
 *
 * @param element the cast member or element
 * @param codes   one code per column: SW, W, WF, SWF, H, D, PW, TR, FT, R, M, "/" (day off while engaged), or "" (not engaged)
 * @param work    work days (SW, W, WF, SWF, D, PW)
 * @param hold    hold days
 * @param travel  travel days
 * @param other   fitting and rehearsal days
 * @param start   first engaged date, or null when the element never works
 * @param finish  last engaged date, or null
 */
public record DoodRow(Element element, List<String> codes, int work, int hold, int travel, int other, LocalDate start, LocalDate finish) {
	/** Work, hold and travel days: what the element is paid for. */
	public int total() {
		return work + hold + travel + other;
	}
}
