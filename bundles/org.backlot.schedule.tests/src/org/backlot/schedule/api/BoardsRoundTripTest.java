// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.schedule.internal.solver.BenchInstance;
import org.junit.jupiter.api.Test;

/** A plan written into a board and read back is the same plan, dated by the calendar. */
class BoardsRoundTripTest {
	@Test
	void applyThenReadGivesThePlanBackWithCalendarDates() {
		Production p = BenchInstance.create(7);
		Schedule board = Boards.active(p);
		Plan plan = ClassicSort.plan(p, board);
		List<List<Scene>> days = new ArrayList<>(plan.days());
		java.util.Collections.reverse(days);
		Plan reversed = new Plan(days, List.of());
		Boards.apply(p, board, reversed);
		Plan back = Boards.read(board);
		assertEquals(reversed.days(), back.days());
		assertEquals(List.of(), back.unscheduled());
		List<DayKind> kinds = new ArrayList<>();
		back.days().forEach(d -> kinds.add(DayKind.of(d)));
		ShootCalendar.Dated dated = ShootCalendar.of(p, board).date(kinds);
		List<ShootDay> banners = Boards.days(board);
		for (int d = 0; d < banners.size(); d++) {
			assertEquals(d + 1, banners.get(d).getDayNumber());
			LocalDate date = ShootCalendar.toLocal(banners.get(d).getDate());
			assertEquals(dated.dates().get(d), date);
			assertEquals(true, ShootCalendar.of(p, board).isWorkday(date));
		}
	}
}
