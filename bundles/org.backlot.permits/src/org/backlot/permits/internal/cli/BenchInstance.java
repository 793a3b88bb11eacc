// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.backlot.core.api.Ids;
import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;

/**
 * The permit benchmark's production: 30 listed locations (public and private, roads, landmarks), 60 shoot days of two
 * or three scenes, one place a day and a company move every fifth day, with weapons, vehicles, effects, drones and
 * crowds spread over them.
 */
final class BenchInstance {
	static final int DAYS = 60, LOCATIONS = 30;

	private BenchInstance() {
	}

	static Production create(long seed) {
		Random r = new Random(seed);
		Studio studio = StudioFactory.eINSTANCE.createStudio();
		studio.setName("Bench base"); //$NON-NLS-1$
		for (int i = 0; i < LOCATIONS; i++) {
			Location l = StudioFactory.eINSTANCE.createLocation();
			l.setId(Ids.newId());
			l.setName("Location " + (i + 1)); //$NON-NLS-1$
			l.setAddress((i + 1) + " Bench Road"); //$NON-NLS-1$
			l.setType(i % 4 == 3 ? LocationType.PRIVATE : LocationType.PUBLIC);
			l.setRoad(i % 3 == 0);
			l.setLandmark(i % 5 == 1);
			l.setParking("Lot " + (i + 1)); //$NON-NLS-1$
			studio.getLocations().add(l);
		}
		Production p = NewProduction.create("Permit benchmark", studio); //$NON-NLS-1$
		p.setCompany("Bench Pictures"); //$NON-NLS-1$
		List<Element> cast = new ArrayList<>();
		for (int c = 1; c <= 20; c++) {
			CastMember m = BreakdownFactory.eINSTANCE.createCastMember();
			m.setId(Ids.newId());
			m.setCastNumber(c);
			m.setName("ACTOR " + c); //$NON-NLS-1$
			m.setCategory(category(p, "cast")); //$NON-NLS-1$
			p.getBreakdown().getElements().add(m);
			cast.add(m);
		}
		Element pistol = element(p, "weapons", "prop pistol"); //$NON-NLS-1$ //$NON-NLS-2$
		Element truck = element(p, "vehicles", "police truck"); //$NON-NLS-1$ //$NON-NLS-2$
		Element car = element(p, "vehicles", "taxi"); //$NON-NLS-1$ //$NON-NLS-2$
		Element blast = element(p, "sfx", "explosion"); //$NON-NLS-1$ //$NON-NLS-2$
		Element smoke = element(p, "sfx", "smoke"); //$NON-NLS-1$ //$NON-NLS-2$
		Element drone = element(p, "equipment", "drone camera"); //$NON-NLS-1$ //$NON-NLS-2$
		List<List<Scene>> days = new ArrayList<>();
		int number = 1;
		for (int d = 0; d < DAYS; d++) {
			List<Scene> day = new ArrayList<>();
			int places = d % 5 == 4 ? 2 : 1;
			for (int k = 0; k < 2 + r.nextInt(2); k++) {
				Location l = studio.getLocations().get((d * 7 + (k < 2 ? 0 : places - 1) * 11) % LOCATIONS);
				Scene s = scene(p, number++, l, r);
				day.add(s);
				tag(s, cast.get(r.nextInt(cast.size())));
				tag(s, cast.get(r.nextInt(cast.size())));
				if (r.nextInt(6) == 0) {
					tag(s, pistol);
				}
				if (r.nextInt(3) == 0) {
					tag(s, r.nextBoolean() ? truck : car);
				}
				if (r.nextInt(8) == 0) {
					tag(s, r.nextBoolean() ? blast : smoke);
				}
				if (r.nextInt(12) == 0) {
					tag(s, drone);
				}
				if (r.nextInt(3) == 0) {
					ExtrasRequirement x = BreakdownFactory.eINSTANCE.createExtrasRequirement();
					x.setScene(s);
					x.setCount(10 + r.nextInt(190));
					x.setDescription("passers-by"); //$NON-NLS-1$
					p.getBreakdown().getExtras().add(x);
				}
			}
			days.add(day);
		}
		Schedule board = p.getActiveSchedule();
		board.setStartDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 1)));
		board.setDaysPerWeek(6);
		Boards.sync(p, board);
		Boards.apply(p, board, new Plan(days, List.of()));
		return p;
	}

	private static Scene scene(Production p, int number, Location l, Random r) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setId(Ids.newId());
		s.setNumber(Integer.toString(number));
		s.setIntExt(r.nextInt(3) == 0 ? IntExt.INT : IntExt.EXT);
		s.setTimeOfDay(r.nextInt(4) == 0 ? TimeOfDay.NIGHT : TimeOfDay.DAY);
		s.setSetName(l.getName());
		s.setHeading(s.getIntExt().getLiteral() + ". " + l.getName() + " - " + s.getTimeOfDay().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		s.setLocation(l);
		s.setEighths(3 + r.nextInt(12));
		p.getScript().getScenes().add(s);
		return s;
	}

	private static Category category(Production p, String key) {
		return p.getBreakdown().getCategories().stream().filter(c -> key.equals(c.getKey())).findFirst().orElseThrow();
	}

	private static Element element(Production p, String category, String name) {
		Element e = BreakdownFactory.eINSTANCE.createElement();
		e.setId(Ids.newId());
		e.setName(name);
		e.setCategory(category(p, category));
		p.getBreakdown().getElements().add(e);
		return e;
	}

	private static void tag(Scene s, Element e) {
		ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
		o.setScene(s);
		o.setConfirmed(true);
		e.getOccurrences().add(o);
	}
}
