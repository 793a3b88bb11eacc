// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;

/** The shoot days of a production's active board with their numbers and dates (the day's own date, else the calendar's). */
public final class BoardDays {
	/**
	 * One shoot day.
	 *
	 * @param number the shoot day number (as on the call sheet)
	 * @param date   its date
	 * @param scenes the scenes shot that day
	 */
	public record Day(int number, LocalDate date, List<Scene> scenes) {
	}

	private BoardDays() {
	}

	/** The board of the production (active, else first), or null. */
	public static Schedule board(Production p) {
		return Boards.active(p);
	}

	/** The dated shoot days of the production's active board; empty without a board. */
	public static List<Day> of(Production p) {
		Schedule board = Boards.active(p);
		List<Day> out = new ArrayList<>();
		if (board == null) {
			return out;
		}
		Plan plan = Boards.read(board);
		List<ShootDay> banners = Boards.days(board);
		List<DayKind> kinds = new ArrayList<>();
		plan.days().forEach(d -> kinds.add(DayKind.of(d)));
		ShootCalendar.Dated dated = ShootCalendar.of(p, board).date(kinds);
		for (int i = 0; i < banners.size() && i < plan.days().size(); i++) {
			ShootDay b = banners.get(i);
			LocalDate date = b.getDate() != null ? ShootCalendar.toLocal(b.getDate()) : dated.dates().get(i);
			out.add(new Day(b.getDayNumber() > 0 ? b.getDayNumber() : i + 1, date, plan.days().get(i)));
		}
		return out;
	}

	/** The day the scene is shot, or null when it is not scheduled. */
	public static Day dayOf(Production p, Scene scene) {
		for (Day d : of(p)) {
			if (d.scenes().contains(scene)) {
				return d;
			}
		}
		return null;
	}
}
