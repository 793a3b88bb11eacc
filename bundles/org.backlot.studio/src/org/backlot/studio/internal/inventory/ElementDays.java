// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodColumn;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;

/**
 * When each of a production's store elements is needed, from the active
 * board's day-out-of-days: its stretches of work (first to last work day,
 * split where the element is dropped and picked up again) and, for wardrobe,
 * a fitting day (the DOOD's FT, otherwise the day before the first work day).
 */
public final class ElementDays {
	/** The category whose elements get a fitting day. */
	public static final String WARDROBE = "wardrobe"; //$NON-NLS-1$
	private static final Set<String> WORK = Set.of("SW", "W", "WF", "SWF", "D", "PW"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Days from..to, both included. */
	public record Stretch(LocalDate from, LocalDate to) {
	}

	/** An element's stretches of work, in order, and its fitting day (or null). */
	public record Days(List<Stretch> stretches, LocalDate fitting) {
		/** The first work day. */
		public LocalDate first() {
			return stretches.get(0).from();
		}

		/** The last work day. */
		public LocalDate last() {
			return stretches.get(stretches.size() - 1).to();
		}
	}

	private ElementDays() {
	}

	/** The days of the elements of these categories that work on the active board; elements that never work are left out. */
	public static Map<Element, Days> of(Production p, Collection<String> categoryKeys) {
		Map<Element, Days> out = new HashMap<>();
		if (p.getActiveSchedule() == null) {
			return out;
		}
		List<String> known = Dood.categoryKeys(p);
		for (String key : categoryKeys) {
			if (!known.contains(key)) {
				continue;
			}
			DoodTable t = Dood.compute(p, p.getActiveSchedule(), key);
			for (DoodRow row : t.rows()) {
				Days d = days(t.columns(), row.codes(), WARDROBE.equals(key));
				if (d != null) {
					out.put(row.element(), d);
				}
			}
		}
		return out;
	}

	private static Days days(List<DoodColumn> columns, List<String> codes, boolean fitting) {
		List<Stretch> stretches = new ArrayList<>();
		LocalDate open = null;
		LocalDate last = null;
		LocalDate ft = null;
		for (int k = 0; k < columns.size() && k < codes.size(); k++) {
			String c = codes.get(k);
			LocalDate date = columns.get(k).date();
			if ("FT".equals(c) && stretches.isEmpty() && open == null) { //$NON-NLS-1$
				ft = date;
			}
			if (!WORK.contains(c)) {
				continue;
			}
			open = open == null ? date : open;
			last = date;
			if ("D".equals(c)) { //$NON-NLS-1$
				stretches.add(new Stretch(open, date));
				open = null;
			}
		}
		if (open != null) {
			stretches.add(new Stretch(open, last));
		}
		if (stretches.isEmpty()) {
			return null;
		}
		LocalDate fit = fitting ? (ft != null ? ft : stretches.get(0).from().minusDays(1)) : null;
		return new Days(List.copyOf(stretches), fit);
	}
}
