// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.time.LocalDate;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.DoodRule;
import org.backlot.model.schedule.EventKind;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ShootCalendar;

/**
 * A crafted board for day-out-of-days tests: nine one-scene days on a five-day
 * week from Monday 2027-03-01, a company move on Wednesday 3/10 and a holiday on
 * Friday 3/12, so the days fall on 3/1-3/5, 3/8, 3/9, 3/11 and 3/15.
 */
public final class DoodFixture {
	/** The production. */
	public final Production production = NewProduction.create("DOOD test", null); //$NON-NLS-1$
	/** Its board. */
	public final Schedule board = production.getActiveSchedule();
	private final Scene[] scenes = new Scene[10];

	/** Builds the production, its cast and a props element, and dates the board. */
	public DoodFixture() {
		board.setStartDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 1)));
		board.setDaysPerWeek(5);
		for (int d = 1; d <= 9; d++) {
			Scene s = ScriptFactory.eINSTANCE.createScene();
			s.setNumber(Integer.toString(d));
			s.setSetName("SET " + d); //$NON-NLS-1$
			s.setIntExt(IntExt.INT);
			s.setTimeOfDay(TimeOfDay.DAY);
			s.setEighths(8);
			production.getScript().getScenes().add(s);
			scenes[d] = s;
			Strip strip = ScheduleFactory.eINSTANCE.createStrip();
			strip.setScene(s);
			board.getItems().add(strip);
			ShootDay day = ScheduleFactory.eINSTANCE.createShootDay();
			board.getItems().add(day);
		}
		event(null, EventKind.COMPANY_MOVE, LocalDate.of(2027, 3, 10));
		Holiday h = ScheduleFactory.eINSTANCE.createHoliday();
		h.setDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 12)));
		h.setName("Spring Fest"); //$NON-NLS-1$
		production.getHolidays().add(h);
		cast(1, "Anna", false, 1, 2, 3); //$NON-NLS-1$
		cast(2, "Bo", true, 2); //$NON-NLS-1$
		CastMember c = cast(3, "Cai", false, 1, 4); //$NON-NLS-1$
		rule(c, false, 10);
		CastMember d = cast(4, "Dai", false, 1, 2, 5, 6); //$NON-NLS-1$
		rule(d, true, 2);
		CastMember e = cast(5, "Eva", false, 6, 7); //$NON-NLS-1$
		event(e, EventKind.FITTING, LocalDate.of(2027, 3, 3));
		event(e, EventKind.REHEARSAL, LocalDate.of(2027, 3, 5));
		cast(6, "Fu", false, 7, 8); //$NON-NLS-1$
		cast(7, "Gao", true, 9); //$NON-NLS-1$
		Element kettle = element("props", "kettle, \"copper\"", 1, 3); //$NON-NLS-1$ //$NON-NLS-2$
		production.getBreakdown().getElements().add(kettle);
		Boards.apply(production, board, Boards.read(board));
	}

	/** A cast member working in the scenes of the given days. */
	public CastMember cast(int number, String name, boolean travel, int... days) {
		CastMember c = BreakdownFactory.eINSTANCE.createCastMember();
		c.setCastNumber(number);
		c.setName(name);
		c.setActor("Actor " + name); //$NON-NLS-1$
		c.setTravel(travel);
		c.setCategory(category("cast")); //$NON-NLS-1$
		for (int d : days) {
			c.getOccurrences().add(occurrence(scenes[d]));
		}
		production.getBreakdown().getElements().add(c);
		return c;
	}

	private Element element(String key, String name, int... days) {
		Element e = BreakdownFactory.eINSTANCE.createElement();
		e.setName(name);
		e.setCategory(category(key));
		for (int d : days) {
			e.getOccurrences().add(occurrence(scenes[d]));
		}
		return e;
	}

	private Category category(String key) {
		return production.getBreakdown().getCategories().stream().filter(x -> key.equals(x.getKey())).findFirst().orElseThrow();
	}

	private static ElementOccurrence occurrence(Scene s) {
		ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
		o.setScene(s);
		return o;
	}

	private static void rule(Element e, boolean holdAllowed, int minDropGapDays) {
		DoodRule r = ScheduleFactory.eINSTANCE.createDoodRule();
		r.setHoldAllowed(holdAllowed);
		r.setMinDropGapDays(minDropGapDays);
		e.setDoodRule(r);
	}

	private void event(Element e, EventKind kind, LocalDate date) {
		ScheduleEvent ev = ScheduleFactory.eINSTANCE.createScheduleEvent();
		ev.setElement(e);
		ev.setKind(kind);
		ev.setDate(ShootCalendar.toDate(date));
		board.getEvents().add(ev);
	}
}
