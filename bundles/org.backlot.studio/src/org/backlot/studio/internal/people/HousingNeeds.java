// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodColumn;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.Housing.Need;

/** Who of a production needs housing and for which nights: travelling cast from the day-out-of-days, crew from the board. */
public final class HousingNeeds {
	private static final Set<String> WORK = Set.of("SW", "W", "WF", "SWF", "D", "PW"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private HousingNeeds() {
	}

	/** The needs: cast by number, then crew in the production's order. */
	public static List<Need> of(Production p) {
		Map<String, String> names = names(p);
		List<Need> out = new ArrayList<>();
		Schedule board = BoardDays.board(p);
		List<CastMember> travelling = new ArrayList<>();
		if (p.getBreakdown() != null) {
			for (Element e : p.getBreakdown().getElements()) {
				if (e instanceof CastMember c && c.isTravel()) {
					travelling.add(c);
				}
			}
		}
		if (!travelling.isEmpty()) {
			Map<Element, LocalDate[]> days = castDays(p, board);
			travelling.sort((a, b) -> Integer.compare(a.getCastNumber() > 0 ? a.getCastNumber() : Integer.MAX_VALUE,
					b.getCastNumber() > 0 ? b.getCastNumber() : Integer.MAX_VALUE));
			for (CastMember c : travelling) {
				LocalDate[] d = days.get(c);
				out.add(new Need(c.getId(), castName(c), true, null, d == null ? null : d[0], d == null ? null : d[1], List.of()));
			}
		}
		LocalDate[] crew = crewDays(p);
		for (Person person : p.getPeople()) {
			if (person.isHousing()) {
				List<String> prefs = new ArrayList<>();
				for (String pref : person.getHousingPreferences()) {
					String target = Groups.shareTarget(pref);
					String primary = target == null ? null : names.get(norm(target));
					prefs.add(primary == null ? pref : Groups.SHARE_WITH + primary);
				}
				String dept = person.getDepartment() == null ? null : person.getDepartment().getName();
				out.add(new Need(person.getId(), person.getName(), false, dept, crew == null ? null : crew[0], crew == null ? null : crew[1], prefs));
			}
		}
		return out;
	}

	private static String castName(CastMember c) {
		return c.getActor() != null && !c.getActor().isBlank() ? c.getActor() : c.getName();
	}

	/** Every name and alternative name of the production's people and cast, normalised, to the name a need carries. */
	private static Map<String, String> names(Production p) {
		Map<String, String> out = new HashMap<>();
		for (Person person : p.getPeople()) {
			put(out, person.getName(), person.getName());
			put(out, person.getNameAlt(), person.getName());
		}
		if (p.getBreakdown() != null) {
			for (Element e : p.getBreakdown().getElements()) {
				if (e instanceof CastMember c) {
					put(out, c.getActor(), castName(c));
					put(out, c.getActorAlt(), castName(c));
					put(out, c.getName(), castName(c));
				}
			}
		}
		return out;
	}

	private static void put(Map<String, String> map, String key, String value) {
		if (key != null && !key.isBlank() && value != null) {
			map.putIfAbsent(norm(key), value);
		}
	}

	/** A name compared without case and spaces. */
	static String norm(String name) {
		return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Crew nights: the day before the first shoot day (prep) to the last; without a board the production's start and wrap dates. */
	private static LocalDate[] crewDays(Production p) {
		List<BoardDays.Day> days = BoardDays.of(p);
		if (!days.isEmpty()) {
			LocalDate first = days.get(0).date();
			LocalDate last = first;
			for (BoardDays.Day d : days) {
				first = d.date().isBefore(first) ? d.date() : first;
				last = d.date().isAfter(last) ? d.date() : last;
			}
			return new LocalDate[] { first.minusDays(1), last };
		}
		if (p.getStartDate() != null && p.getWrapDate() != null) {
			return new LocalDate[] { ShootCalendar.toLocal(p.getStartDate()).minusDays(1), ShootCalendar.toLocal(p.getWrapDate()) };
		}
		return null;
	}

	/** Cast nights from the day-out-of-days: first engaged day (travel, fitting, rehearsal or work) to the last work day. */
	private static Map<Element, LocalDate[]> castDays(Production p, Schedule board) {
		Map<Element, LocalDate[]> out = new HashMap<>();
		if (board == null) {
			return out;
		}
		DoodTable table;
		try {
			table = Dood.compute(p, board, Dood.CAST);
		} catch (IllegalArgumentException e) {
			return out; // no cast category
		}
		List<DoodColumn> columns = table.columns();
		for (DoodRow row : table.rows()) {
			int first = -1;
			int last = -1;
			for (int i = 0; i < row.codes().size() && i < columns.size(); i++) {
				String code = row.codes().get(i);
				if (first < 0 && !code.isEmpty() && !"/".equals(code)) { //$NON-NLS-1$
					first = i;
				}
				if (WORK.contains(code)) {
					last = i;
				}
			}
			if (first >= 0 && last >= first) {
				out.put(row.element(), new LocalDate[] { columns.get(first).date(), columns.get(last).date() });
			}
		}
		return out;
	}
}
