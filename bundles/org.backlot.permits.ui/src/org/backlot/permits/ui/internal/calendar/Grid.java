// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.ui.internal.Colours;
import org.backlot.permits.ui.internal.Snapshot;

/** The calendar's table: a row per shoot day, a column per authority, each cell the requirements of that day with the worst coverage. */
final class Grid {
	/** A shoot day. */
	record Day(int number, LocalDate date) {
	}

	/** What one authority needs on one day (no requirements: not needed). */
	record Cell(Day day, AuthorityDefinition authority, List<Requirement> requirements, List<Conflict> conflicts, Coverage coverage) {
	}

	static final Grid EMPTY = new Grid(List.of(), List.of(), new Cell[0][0]);

	private final List<Day> days;
	private final List<AuthorityDefinition> authorities;
	private final Cell[][] cells;

	private Grid(List<Day> days, List<AuthorityDefinition> authorities, Cell[][] cells) {
		this.days = days;
		this.authorities = authorities;
		this.cells = cells;
	}

	/** The grid of a snapshot: every dated shoot day, every authority installed (and any other a requirement names). */
	static Grid of(Snapshot s) {
		Map<Integer, Day> byNumber = new TreeMap<>();
		for (DayAtPlace d : s.days()) {
			if (d.date() != null) {
				byNumber.putIfAbsent(d.dayNumber(), new Day(d.dayNumber(), d.date()));
			}
		}
		Map<String, AuthorityDefinition> columns = new LinkedHashMap<>();
		try {
			for (AuthorityDefinition a : Authorities.all()) {
				columns.put(a.id(), a);
			}
		} catch (RuntimeException e) {
			// no registry (outside OSGi): the requirements' authorities only
		}
		for (Requirement r : s.requirements()) {
			columns.putIfAbsent(r.authority().id(), r.authority());
			for (DayAtPlace d : r.days()) {
				if (d.date() != null) {
					byNumber.putIfAbsent(d.dayNumber(), new Day(d.dayNumber(), d.date()));
				}
			}
		}
		List<Day> days = new ArrayList<>(byNumber.values());
		List<AuthorityDefinition> auth = new ArrayList<>(columns.values());
		Map<Integer, Integer> rowOf = new LinkedHashMap<>();
		for (int i = 0; i < days.size(); i++) {
			rowOf.put(days.get(i).number(), i);
		}
		Map<String, Integer> colOf = new LinkedHashMap<>();
		for (int i = 0; i < auth.size(); i++) {
			colOf.put(auth.get(i).id(), i);
		}
		@SuppressWarnings("unchecked")
		List<Requirement>[][] reqs = new List[days.size()][auth.size()];
		@SuppressWarnings("unchecked")
		List<Conflict>[][] conf = new List[days.size()][auth.size()];
		for (Requirement r : s.requirements()) {
			int col = colOf.get(r.authority().id());
			for (DayAtPlace d : r.days()) {
				Integer row = rowOf.get(d.dayNumber());
				if (row != null) {
					add(reqs, row, col, r);
				}
			}
		}
		for (Conflict c : s.conflicts()) {
			Integer row = rowOf.get(c.dayNumber());
			Integer col = c.requirement() == null ? null : colOf.get(c.requirement().authority().id());
			if (row != null && col != null) {
				add(conf, row, col, c);
			}
		}
		Cell[][] cells = new Cell[days.size()][auth.size()];
		for (int r = 0; r < days.size(); r++) {
			for (int c = 0; c < auth.size(); c++) {
				List<Requirement> rs = reqs[r][c] == null ? List.of() : reqs[r][c];
				Coverage worst = null;
				for (Requirement x : rs) {
					worst = Colours.worse(worst, x.coverage());
				}
				cells[r][c] = new Cell(days.get(r), auth.get(c), rs, conf[r][c] == null ? List.of() : conf[r][c], worst);
			}
		}
		return new Grid(List.copyOf(days), List.copyOf(auth), cells);
	}

	private static <T> void add(List<T>[][] table, int r, int c, T value) {
		if (table[r][c] == null) {
			table[r][c] = new ArrayList<>();
		}
		if (!table[r][c].contains(value)) {
			table[r][c].add(value);
		}
	}

	List<Day> days() {
		return days;
	}

	List<AuthorityDefinition> authorities() {
		return authorities;
	}

	/** The cell of a row and column, or null outside the grid. */
	Cell cell(int row, int column) {
		return row < 0 || column < 0 || row >= days.size() || column >= authorities.size() ? null : cells[row][column];
	}

	/** How many cells in all. */
	int size() {
		return days.size() * authorities.size();
	}
}
