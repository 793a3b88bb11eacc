// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Requirement;

/** Turns requirements (an authority's approval for a place over several days) into rows per shoot day and place. */
final class DayRows {
	/** One shoot day at one place with the approvals it needs. */
	record Row(DayAtPlace day, List<Requirement> needs) {
	}

	private DayRows() {
	}

	static List<Row> of(List<DayAtPlace> days, List<Requirement> requirements) {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (DayAtPlace d : days) {
			rows.put(key(d), new Row(d, new ArrayList<>()));
		}
		for (Requirement r : requirements) {
			for (DayAtPlace d : r.days()) {
				rows.computeIfAbsent(key(d), k -> new Row(d, new ArrayList<>())).needs().add(r);
			}
		}
		return List.copyOf(rows.values());
	}

	private static String key(DayAtPlace d) {
		return d.dayNumber() + "\u0000" + d.placeName(); //$NON-NLS-1$
	}
}
