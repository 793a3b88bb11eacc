// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.DoodRule;
import org.backlot.model.schedule.EventKind;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.schedule.api.Boards;

/** The sample's scheduling facts: actors' rates, availability and travel, fittings and rehearsals, a rest day; then the board is dated. */
final class SampleSchedule {
	private SampleSchedule() {
	}

	static void add(Production p) {
		Schedule board = p.getActiveSchedule();
		board.setName("First cut 初版"); //$NON-NLS-1$
		board.setStartDate(p.getStartDate());
		board.setMaxEighthsPerDay(40);
		CastMember lin = cast(p, 2);
		lin.setDailyRate(12000);
		lin.setTravel(true);
		lin.setMakeupMinutes(90);
		cast(p, 1).setDailyRate(10000);
		CastMember zhou = cast(p, 3);
		zhou.setDailyRate(6000);
		zhou.getUnavailable().add(range("2027-03-04", "2027-03-05", "Theatre matinees 话剧演出")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CastMember harris = cast(p, 6);
		harris.setTravel(true);
		DoodRule noHold = ScheduleFactory.eINSTANCE.createDoodRule();
		noHold.setHoldAllowed(false);
		noHold.setMinDropGapDays(5);
		harris.setDoodRule(noHold);
		event(board, lin, EventKind.FITTING, "2027-02-26", "Costume fitting 试装"); //$NON-NLS-1$ //$NON-NLS-2$
		event(board, lin, EventKind.REHEARSAL, "2027-02-27", "Table read 围读"); //$NON-NLS-1$ //$NON-NLS-2$
		event(board, cast(p, 1), EventKind.REHEARSAL, "2027-02-27", "Table read 围读"); //$NON-NLS-1$ //$NON-NLS-2$
		Holiday rest = ScheduleFactory.eINSTANCE.createHoliday();
		rest.setDate(SampleProduction.date("2027-03-13")); //$NON-NLS-1$
		rest.setName("Crew rest day 剧组休息日"); //$NON-NLS-1$
		p.getHolidays().add(rest);
		Boards.apply(p, board, Boards.read(board));
	}

	private static CastMember cast(Production p, int number) {
		for (Element e : p.getBreakdown().getElements()) {
			if (e instanceof CastMember c && c.getCastNumber() == number) {
				return c;
			}
		}
		throw new IllegalStateException("no cast member " + number); //$NON-NLS-1$
	}

	private static DateRange range(String from, String to, String note) {
		DateRange r = ProductionFactory.eINSTANCE.createDateRange();
		r.setFrom(SampleProduction.date(from));
		r.setTo(SampleProduction.date(to));
		r.setNote(note);
		return r;
	}

	private static void event(Schedule board, Element who, EventKind kind, String date, String note) {
		ScheduleEvent e = ScheduleFactory.eINSTANCE.createScheduleEvent();
		e.setElement(who);
		e.setKind(kind);
		e.setDate(SampleProduction.date(date));
		e.setNote(note);
		board.getEvents().add(e);
	}
}
