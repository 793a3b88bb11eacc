// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.Department;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.permits.internal.derive.Times;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;

/**
 * Small productions built object by object for the permit tests: a studio, places, scenes with their breakdown, a
 * board dated from Monday 1 March 2027 (06:00 day call, no rest days) and applications.
 */
public final class Shoot {
	/** The first shoot date, a Monday. */
	public static final LocalDate START = LocalDate.of(2027, 3, 1);
	/** The production. */
	public final Production p;
	/** Its studio. */
	public final Studio studio;
	/** Its board. */
	public final Schedule board;
	private final List<List<Scene>> days = new ArrayList<>();
	private int ids;

	/** An empty production of "Crafted Pictures" with a location manager, a studio in Shanghai time and a board. */
	public Shoot() {
		studio = StudioFactory.eINSTANCE.createStudio();
		studio.setId("studio"); //$NON-NLS-1$
		p = NewProduction.create("Crafted", studio); //$NON-NLS-1$
		p.setCompany("Crafted Pictures"); //$NON-NLS-1$
		board = p.getActiveSchedule();
		board.setStartDate(ShootCalendar.toDate(START));
		board.setDaysPerWeek(6);
		board.setDayCall("06:00"); //$NON-NLS-1$
		board.setTurnaroundHours(10);
		board.setDayHours(12);
		board.setMinutesPerEighth(10);
		Department production = ProductionFactory.eINSTANCE.createDepartment();
		production.setName("Production"); //$NON-NLS-1$
		p.getDepartments().add(production);
		person("Li Producer", "Line producer", production); //$NON-NLS-1$ //$NON-NLS-2$
		person("Ma Jun", "Location manager", production); //$NON-NLS-1$ //$NON-NLS-2$
		person("Gao Camera", "Director of photography", null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void person(String name, String role, Department d) {
		Person x = ProductionFactory.eINSTANCE.createPerson();
		x.setName(name);
		x.setRole(role);
		x.setDepartment(d);
		p.getPeople().add(x);
	}

	/** A public location (a road, a landmark, both or neither). */
	public Location location(String name, boolean road, boolean landmark) {
		return location(name, road, landmark, LocationType.PUBLIC);
	}

	/** A location of a type. */
	public Location location(String name, boolean road, boolean landmark, LocationType type) {
		Location l = StudioFactory.eINSTANCE.createLocation();
		l.setId("loc-" + name); //$NON-NLS-1$
		l.setName(name);
		l.setAddress(name + " address"); //$NON-NLS-1$
		l.setType(type);
		l.setRoad(road);
		l.setLandmark(landmark);
		studio.getLocations().add(l);
		return l;
	}

	/** A stage. */
	public Stage stage(int number) {
		Stage s = StudioFactory.eINSTANCE.createStage();
		s.setId("stage-" + number); //$NON-NLS-1$
		s.setNumber(number);
		s.setName("Stage " + number); //$NON-NLS-1$
		studio.getStages().add(s);
		return s;
	}

	/** A day scene of 6/8 (60 minutes) at a Location or Stage. */
	public Scene scene(String number, IntExt ie, Object place) {
		return scene(number, ie, TimeOfDay.DAY, place);
	}

	/** A scene of 6/8 (60 minutes) at a Location or Stage. */
	public Scene scene(String number, IntExt ie, TimeOfDay time, Object place) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setId("scene-" + number); //$NON-NLS-1$
		s.setNumber(number);
		s.setIntExt(ie);
		s.setTimeOfDay(time);
		s.setEighths(6);
		s.setSynopsis("What happens in " + number); //$NON-NLS-1$
		if (place instanceof Stage st) {
			s.setStage(st);
			s.setSetName(st.getName());
		} else if (place instanceof Location l) {
			s.setLocation(l);
			s.setSetName(l.getName());
		}
		p.getScript().getScenes().add(s);
		return s;
	}

	/** An element of a category (by key) in the scenes. */
	public Element element(String categoryKey, String name, Scene... scenes) {
		Element e = BreakdownFactory.eINSTANCE.createElement();
		e.setId("el-" + ++ids); //$NON-NLS-1$
		e.setName(name);
		e.setCategory(category(categoryKey));
		occur(e, scenes);
		p.getBreakdown().getElements().add(e);
		return e;
	}

	/** A cast member in the scenes. */
	public CastMember cast(int number, Scene... scenes) {
		CastMember c = BreakdownFactory.eINSTANCE.createCastMember();
		c.setId("cast-" + number); //$NON-NLS-1$
		c.setCastNumber(number);
		c.setName("ROLE " + number); //$NON-NLS-1$
		c.setCategory(category("cast")); //$NON-NLS-1$
		occur(c, scenes);
		p.getBreakdown().getElements().add(c);
		return c;
	}

	private static void occur(Element e, Scene... scenes) {
		for (Scene s : scenes) {
			ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
			o.setScene(s);
			e.getOccurrences().add(o);
		}
	}

	/** Background actors in a scene. */
	public void extras(Scene s, int count, String description) {
		ExtrasRequirement r = BreakdownFactory.eINSTANCE.createExtrasRequirement();
		r.setScene(s);
		r.setCount(count);
		r.setDescription(description);
		p.getBreakdown().getExtras().add(r);
	}

	private Category category(String key) {
		return p.getBreakdown().getCategories().stream().filter(c -> key.equals(c.getKey())).findFirst().orElseThrow();
	}

	/** Adds a shoot day with these scenes (in order); call {@link #schedule()} when all days are added. */
	public Shoot day(Scene... scenes) {
		days.add(List.of(scenes));
		return this;
	}

	/** Writes the days into the board (dated by its calendar). */
	public Shoot schedule() {
		Boards.apply(p, board, new Plan(days, List.of()));
		return this;
	}

	/** The studio's record of an authority (its kind and name; no rule id). */
	public Authority record(AuthorityDefinition d) {
		Authority a = PermitsFactory.eINSTANCE.createAuthority();
		a.setId("auth-" + d.id()); //$NON-NLS-1$
		a.setKind(d.kind());
		a.setName(d.name());
		a.setNameZh(d.nameZh());
		a.setLeadTimeDays(d.leadTimeDays());
		a.setTargetDays(d.targetDays());
		studio.getAuthorities().add(a);
		return a;
	}

	/** An application to a studio record, with its status (and a history entry at {@code statusAt}), for a location. */
	public PermitApplication application(Authority to, PermitStatus status, LocalDate statusAt, Location where) {
		PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
		a.setId("app-" + ++ids); //$NON-NLS-1$
		a.setAuthority(to);
		a.setStatus(status);
		if (where != null) {
			a.getLocations().add(where);
		}
		StatusChange c = PermitsFactory.eINSTANCE.createStatusChange();
		c.setStatus(status);
		c.setAt(ShootCalendar.toDate(statusAt));
		a.getHistory().add(c);
		p.getPermitApplications().add(a);
		return a;
	}

	/** Adds a period (wall-clock, in the model's zone). */
	public static void period(PermitApplication a, PeriodKind kind, LocalDateTime from, LocalDateTime to) {
		PermitPeriod x = PermitsFactory.eINSTANCE.createPermitPeriod();
		x.setKind(kind);
		x.setStart(Times.toDate(from));
		x.setEnd(Times.toDate(to));
		a.getPeriods().add(x);
	}

	/** Adds a whole-days period (midnight to midnight, as the schedule stores dates). */
	public static void days(PermitApplication a, LocalDate from, LocalDate to) {
		PermitPeriod x = PermitsFactory.eINSTANCE.createPermitPeriod();
		x.setKind(PeriodKind.SHOOT);
		x.setStart(ShootCalendar.toDate(from));
		x.setEnd(ShootCalendar.toDate(to));
		a.getPeriods().add(x);
	}
}
