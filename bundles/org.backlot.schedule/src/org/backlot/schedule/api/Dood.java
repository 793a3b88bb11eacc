// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.EventKind;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;

/**
 * Computes a day-out-of-days from a board: one column per calendar date from
 * the first to the last engaged date, one row per element with its codes. A
 * work day is marked SW (first), WF (last), SWF (only), D (followed by a
 * drop), PW (picked up after a drop) or W; idle shoot days between two work
 * days are H when the gap is shorter than the element's minimum drop gap,
 * otherwise the element is dropped and the idle days are blank.
 */
public final class Dood {
	/** The category key of the cast day-out-of-days. */
	public static final String CAST = "cast"; //$NON-NLS-1$
	/** Column reasons for a date without shooting. */
	public static final String REST = "rest", DAY_OFF = "day off", COMPANY_MOVE = "company move"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** The minimum drop gap when an element has no rule. */
	public static final int DEFAULT_MIN_DROP_GAP = 10;

	private Dood() {
	}

	/**
	 * The day-out-of-days of the cast ({@code "cast"}, by cast number) or of
	 * one category's elements (by name).
	 *
	 * @throws IllegalArgumentException when the production has no category with that key
	 */
	public static DoodTable compute(Production p, Schedule board, String categoryKey) {
		Category category = category(p, categoryKey);
		List<Element> elements = elements(p, categoryKey);
		Days days = Days.of(p, board);
		Map<Element, Row> rows = new HashMap<>();
		for (Element e : elements) {
			rows.put(e, new Row(e, days, board));
		}
		TreeSet<LocalDate> engaged = new TreeSet<>();
		rows.values().forEach(r -> engaged.addAll(r.codes.keySet()));
		if (engaged.isEmpty()) {
			engaged.addAll(days.shootDates);
		}
		List<DoodColumn> columns = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		if (!engaged.isEmpty()) {
			for (LocalDate d = engaged.first(); !d.isAfter(engaged.last()); d = d.plusDays(1)) {
				dates.add(d);
				Integer number = days.numberOf.get(d);
				columns.add(new DoodColumn(d, number == null ? 0 : number, number == null ? days.offReason(d) : null));
			}
		}
		List<DoodRow> out = new ArrayList<>();
		for (Element e : elements) {
			out.add(rows.get(e).toRow(dates));
		}
		boolean zh = "zh".equals(java.util.Locale.getDefault().getLanguage()) && category.getNameZh() != null && !category.getNameZh().isEmpty(); //$NON-NLS-1$
		String title = zh ? category.getNameZh() : category.getName() != null ? category.getName() : categoryKey;
		return new DoodTable(title, List.copyOf(columns), List.copyOf(out));
	}

	/** The production's category of that key. */
	static Category category(Production p, String key) {
		if (p.getBreakdown() != null) {
			for (Category c : p.getBreakdown().getCategories()) {
				if (key != null && key.equals(c.getKey())) {
					return c;
				}
			}
		}
		throw new IllegalArgumentException("unknown category \"" + key + "\"; the production has: " + String.join(", ", categoryKeys(p))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The production's category keys, in breakdown order. */
	public static List<String> categoryKeys(Production p) {
		List<String> keys = new ArrayList<>();
		if (p.getBreakdown() != null) {
			p.getBreakdown().getCategories().forEach(c -> keys.add(c.getKey()));
		}
		return keys;
	}

	private static List<Element> elements(Production p, String key) {
		List<Element> out = new ArrayList<>();
		for (Element e : p.getBreakdown().getElements()) {
			if (CAST.equals(key) ? e instanceof CastMember : e.getCategory() != null && key.equals(e.getCategory().getKey())) {
				out.add(e);
			}
		}
		if (CAST.equals(key)) {
			out.sort(Comparator.comparingInt((Element e) -> ((CastMember) e).getCastNumber() > 0 ? ((CastMember) e).getCastNumber() : Integer.MAX_VALUE)
					.thenComparing(e -> e.getName() == null ? "" : e.getName())); //$NON-NLS-1$
		} else {
			out.sort(Comparator.comparing(e -> e.getName() == null ? "" : e.getName())); //$NON-NLS-1$
		}
		return out;
	}

	/** The board's shoot days as dates, with the calendar that explains the others. */
	static final class Days {
		final List<LocalDate> shootDates = new ArrayList<>();
		final Map<LocalDate, Integer> numberOf = new HashMap<>();
		final Map<LocalDate, Integer> indexOf = new HashMap<>();
		final List<List<Scene>> scenes;
		final Map<LocalDate, String> holidays = new HashMap<>();
		final Set<LocalDate> moves = new TreeSet<>();
		final ShootCalendar calendar;

		private Days(Production p, Schedule board) {
			calendar = ShootCalendar.of(p, board);
			Plan plan = Boards.read(board);
			scenes = plan.days();
			List<ShootDay> banners = Boards.days(board);
			List<DayKind> kinds = new ArrayList<>();
			plan.days().forEach(d -> kinds.add(DayKind.of(d)));
			ShootCalendar.Dated dated = calendar.date(kinds);
			for (int i = 0; i < banners.size(); i++) {
				ShootDay b = banners.get(i);
				LocalDate date = b.getDate() != null ? ShootCalendar.toLocal(b.getDate()) : dated.dates().get(i);
				shootDates.add(date);
				numberOf.putIfAbsent(date, b.getDayNumber() > 0 ? b.getDayNumber() : i + 1);
				indexOf.putIfAbsent(date, i);
			}
			for (Holiday h : p.getHolidays()) {
				if (h.getDate() != null) {
					holidays.put(ShootCalendar.toLocal(h.getDate()), h.getName() == null ? "" : h.getName()); //$NON-NLS-1$
				}
			}
			for (ScheduleEvent e : board.getEvents()) {
				if (e.getKind() == EventKind.COMPANY_MOVE && e.getElement() == null && e.getDate() != null) {
					moves.add(ShootCalendar.toLocal(e.getDate()));
				}
			}
		}

		static Days of(Production p, Schedule board) {
			return new Days(p, board);
		}

		String offReason(LocalDate d) {
			if (holidays.containsKey(d)) {
				return holidays.get(d);
			}
			if (moves.contains(d)) {
				return COMPANY_MOVE;
			}
			return calendar.isWorkday(d) ? REST : DAY_OFF;
		}

		boolean isShoot(LocalDate d) {
			return numberOf.containsKey(d);
		}
	}
	/** One element's codes by date while it is being computed. */
	private static final class Row {
		private final Element element;
		private final Map<LocalDate, String> codes = new HashMap<>();

		Row(Element e, Days days, Schedule board) {
			this.element = e;
			Set<Scene> mine = new java.util.HashSet<>();
			for (ElementOccurrence o : e.getOccurrences()) {
				if (o.getScene() != null) {
					mine.add(o.getScene());
				}
			}
			TreeSet<Integer> work = new TreeSet<>();
			for (int i = 0; i < days.scenes.size() && i < days.shootDates.size(); i++) {
				for (Scene s : days.scenes.get(i)) {
					if (mine.contains(s)) {
						work.add(days.indexOf.get(days.shootDates.get(i)));
					}
				}
			}
			int minGap = e.getDoodRule() != null ? e.getDoodRule().getMinDropGapDays() : DEFAULT_MIN_DROP_GAP;
			List<Integer> idx = new ArrayList<>(work);
			int n = idx.size();
			List<LocalDate[]> drops = new ArrayList<>();
			for (int k = 0; k < n; k++) {
				boolean dropAfter = k + 1 < n && dropped(idx.get(k), idx.get(k + 1), minGap);
				boolean dropBefore = k > 0 && dropped(idx.get(k - 1), idx.get(k), minGap);
				String code = n == 1 ? "SWF" : k == 0 ? "SW" : k == n - 1 ? "WF" : dropAfter ? "D" : dropBefore ? "PW" : "W"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				codes.put(days.shootDates.get(idx.get(k)), code);
				if (dropAfter) {
					drops.add(new LocalDate[] { days.shootDates.get(idx.get(k)), days.shootDates.get(idx.get(k + 1)) });
				} else if (k + 1 < n) {
					for (int j = idx.get(k) + 1; j < idx.get(k + 1); j++) {
						codes.putIfAbsent(days.shootDates.get(j), "H"); //$NON-NLS-1$
					}
				}
			}
			for (ScheduleEvent ev : Boards.events(board, e)) {
				String code = switch (ev.getKind()) {
				case TRAVEL -> "TR"; //$NON-NLS-1$
				case FITTING -> "FT"; //$NON-NLS-1$
				case REHEARSAL -> "R"; //$NON-NLS-1$
				default -> null;
				};
				if (code != null && ev.getDate() != null) {
					codes.putIfAbsent(ShootCalendar.toLocal(ev.getDate()), code);
				}
			}
			if (n > 0 && e instanceof CastMember c && c.isTravel()) {
				codes.putIfAbsent(days.shootDates.get(idx.get(0)).minusDays(1), "TR"); //$NON-NLS-1$
				codes.putIfAbsent(days.shootDates.get(idx.get(n - 1)).plusDays(1), "TR"); //$NON-NLS-1$
			}
			if (!codes.isEmpty()) {
				TreeSet<LocalDate> engaged = new TreeSet<>(codes.keySet());
				for (LocalDate d = engaged.first(); d.isBefore(engaged.last()); d = d.plusDays(1)) {
					if (codes.containsKey(d) || inDrop(drops, d)) {
						continue;
					}
					if (days.moves.contains(d)) {
						codes.put(d, "M"); //$NON-NLS-1$
					} else if (!days.isShoot(d)) {
						codes.put(d, "/"); //$NON-NLS-1$
					}
				}
			}
		}

		private static boolean dropped(int from, int to, int minGap) {
			int gap = to - from - 1;
			return gap > 0 && gap >= minGap;
		}

		private static boolean inDrop(List<LocalDate[]> drops, LocalDate d) {
			for (LocalDate[] drop : drops) {
				if (d.isAfter(drop[0]) && d.isBefore(drop[1])) {
					return true;
				}
			}
			return false;
		}

		DoodRow toRow(List<LocalDate> dates) {
			List<String> out = new ArrayList<>(dates.size());
			int work = 0;
			int hold = 0;
			int travel = 0;
			int other = 0;
			for (LocalDate d : dates) {
				String code = codes.getOrDefault(d, ""); //$NON-NLS-1$
				out.add(code);
				switch (code) {
				case "SW", "W", "WF", "SWF", "D", "PW" -> work++; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				case "H" -> hold++; //$NON-NLS-1$
				case "TR" -> travel++; //$NON-NLS-1$
				case "FT", "R" -> other++; //$NON-NLS-1$ //$NON-NLS-2$
				default -> {
					// not counted
				}
				}
			}
			TreeSet<LocalDate> engaged = new TreeSet<>(codes.keySet());
			return new DoodRow(element, List.copyOf(out), work, hold, travel, other, engaged.isEmpty() ? null : engaged.first(),
					engaged.isEmpty() ? null : engaged.last());
		}
	}
}
