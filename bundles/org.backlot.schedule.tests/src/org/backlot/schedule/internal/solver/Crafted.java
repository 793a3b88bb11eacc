// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.DoodRule;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;

/** Small productions built object by object for the scheduling tests; shooting starts Monday 1 March 2027. */
public final class Crafted {
	/** The first shoot date. */
	public static final LocalDate START = LocalDate.of(2027, 3, 1);
	/** The production. */
	public final Production p;
	/** Its studio (not saved anywhere). */
	public final Studio studio;
	/** Its active board. */
	public final Schedule board;

	/** An empty production with a studio (or none) and a board starting on {@link #START}. */
	public Crafted(boolean withStudio) {
		studio = withStudio ? StudioFactory.eINSTANCE.createStudio() : null;
		if (studio != null) {
			studio.setId("studio-1"); //$NON-NLS-1$
		}
		p = NewProduction.create("Crafted", studio); //$NON-NLS-1$
		p.setId("production-1"); //$NON-NLS-1$
		board = p.getActiveSchedule();
		board.setStartDate(ShootCalendar.toDate(START));
	}

	/** A stage of the studio. */
	public Stage stage(int number) {
		Stage s = StudioFactory.eINSTANCE.createStage();
		s.setId("stage-" + number); //$NON-NLS-1$
		s.setNumber(number);
		s.setName("Stage " + number); //$NON-NLS-1$
		studio.getStages().add(s);
		return s;
	}

	/** A location of the studio. */
	public Location location(String name) {
		Location l = StudioFactory.eINSTANCE.createLocation();
		l.setId("loc-" + name); //$NON-NLS-1$
		l.setName(name);
		studio.getLocations().add(l);
		return l;
	}

	/** A scene at a place (a Stage, a Location or a set name) with a strip on the board (unscheduled). */
	public Scene scene(String number, IntExt ie, TimeOfDay tod, int eighths, Object place) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setId("scene-" + number); //$NON-NLS-1$
		s.setNumber(number);
		s.setIntExt(ie);
		s.setTimeOfDay(tod);
		s.setEighths(eighths);
		if (place instanceof Stage st) {
			s.setStage(st);
			s.setSetName(st.getName());
		} else if (place instanceof Location l) {
			s.setLocation(l);
			s.setSetName(l.getName());
		} else {
			s.setSetName(String.valueOf(place));
		}
		p.getScript().getScenes().add(s);
		Strip strip = ScheduleFactory.eINSTANCE.createStrip();
		strip.setScene(s);
		board.getItems().add(strip);
		return s;
	}

	/** A day scene inside a place. */
	public Scene scene(String number, int eighths, Object place) {
		return scene(number, IntExt.INT, TimeOfDay.DAY, eighths, place);
	}

	/** A cast member in the given scenes. */
	public CastMember cast(int number, String actor, double dailyRate, Scene... scenes) {
		CastMember c = BreakdownFactory.eINSTANCE.createCastMember();
		c.setId("cast-" + number); //$NON-NLS-1$
		c.setCastNumber(number);
		c.setName("ROLE " + number); //$NON-NLS-1$
		c.setActor(actor);
		c.setDailyRate(dailyRate);
		c.setCategory(p.getBreakdown().getCategories().get(0));
		p.getBreakdown().getElements().add(c);
		for (Scene s : scenes) {
			ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
			o.setScene(s);
			c.getOccurrences().add(o);
		}
		return c;
	}

	/** Forbids holds for the actor. */
	public static void noHold(CastMember c, int minDropGap) {
		DoodRule r = ScheduleFactory.eINSTANCE.createDoodRule();
		r.setHoldAllowed(false);
		r.setMinDropGapDays(minDropGap);
		c.setDoodRule(r);
	}

	/** A date range, inclusive. */
	public static DateRange range(LocalDate from, LocalDate to) {
		DateRange r = ProductionFactory.eINSTANCE.createDateRange();
		r.setFrom(ShootCalendar.toDate(from));
		r.setTo(ShootCalendar.toDate(to));
		return r;
	}

	/** A plan of the given days (no unscheduled scenes). */
	@SafeVarargs
	public static Plan plan(List<Scene>... days) {
		List<List<Scene>> out = new ArrayList<>();
		for (List<Scene> d : days) {
			out.add(d);
		}
		return new Plan(out, List.of());
	}

	/** Writes the plan into the board. */
	public void apply(Plan plan) {
		Boards.apply(p, board, plan);
	}

	/** The board's strip of a scene. */
	public Strip strip(Scene s) {
		return Boards.strip(board, s);
	}
}
