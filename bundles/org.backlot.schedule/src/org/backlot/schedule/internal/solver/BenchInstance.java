// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.DoodRule;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ClassicSort;
import org.backlot.schedule.api.ShootCalendar;

/**
 * The optimiser's benchmark production, reproducible from a seed: 190 scenes
 * on 30 sets (16 on the studio's 12 stages, 14 at 10 locations), 40 cast (4
 * leads, 12 supporting, 24 day players; some unavailable, a few who may not be
 * held), stage days booked by another production, a location closed for a
 * week, a holiday, pinned and weather-cover strips. The board holds the
 * classic sort with the pins.
 */
public final class BenchInstance {
	/** The seed of the published benchmark figures. */
	public static final long SEED = 1941;
	/** Scenes of the benchmark. */
	public static final int SCENES = 190;
	private static final LocalDate START = LocalDate.of(2027, 3, 1);

	private BenchInstance() {
	}

	/** Builds the production (with its own studio, not saved anywhere). */
	public static Production create(long seed) {
		Random rnd = new Random(seed);
		Studio studio = StudioFactory.eINSTANCE.createStudio();
		studio.setId(uuid(rnd));
		studio.setName("Bench Studio"); //$NON-NLS-1$
		List<Stage> stages = new ArrayList<>();
		for (int k = 1; k <= 12; k++) {
			Stage st = StudioFactory.eINSTANCE.createStage();
			st.setId(uuid(rnd));
			st.setNumber(k);
			st.setName("Stage " + k); //$NON-NLS-1$
			studio.getStages().add(st);
			stages.add(st);
		}
		List<Location> locations = new ArrayList<>();
		for (int k = 1; k <= 10; k++) {
			Location l = StudioFactory.eINSTANCE.createLocation();
			l.setId(uuid(rnd));
			l.setName("Location " + k); //$NON-NLS-1$
			studio.getLocations().add(l);
			locations.add(l);
		}
		Production p = NewProduction.create("Benchmark " + SCENES, studio); //$NON-NLS-1$
		p.setId(uuid(rnd));
		p.setStartDate(ShootCalendar.toDate(START));
		Holiday h = ScheduleFactory.eINSTANCE.createHoliday();
		h.setDate(ShootCalendar.toDate(LocalDate.of(2027, 4, 5)));
		h.setName("Qingming"); //$NON-NLS-1$
		p.getHolidays().add(h);
		// 30 sets: 16 on stages (stages 1-4 carry two sets), 14 at locations (locations 1-4 carry two sets)
		int sets = 30;
		Object[] where = new Object[sets];
		boolean[] exterior = new boolean[sets];
		double[] weight = new double[sets];
		for (int k = 0; k < sets; k++) {
			where[k] = k < 16 ? stages.get(k % 12) : locations.get((k - 16) % 10);
			exterior[k] = k >= 16;
			weight[k] = 1.0 / Math.pow(1 + rnd.nextInt(6), 0.8);
		}
		List<Scene> scenes = new ArrayList<>();
		int[] setOf = new int[SCENES];
		for (int s = 0; s < SCENES; s++) {
			int set = pick(rnd, weight);
			setOf[s] = set;
			Scene scene = ScriptFactory.eINSTANCE.createScene();
			scene.setId(uuid(rnd));
			scene.setNumber(Integer.toString(s + 1));
			scene.setSetName("SET " + (set + 1)); //$NON-NLS-1$
			scene.setIntExt(!exterior[set] ? IntExt.INT : rnd.nextInt(10) < 7 ? IntExt.EXT : IntExt.INT);
			scene.setTimeOfDay(rnd.nextInt(100) < 30 ? TimeOfDay.NIGHT : rnd.nextInt(4) == 0 ? TimeOfDay.MORNING : TimeOfDay.DAY);
			scene.setEighths(2 + rnd.nextInt(8) + rnd.nextInt(8));
			if (where[set] instanceof Stage st) {
				scene.setStage(st);
			} else {
				scene.setLocation((Location) where[set]);
			}
			scene.setHeading((scene.getIntExt() == IntExt.EXT ? "EXT. " : "INT. ") + scene.getSetName() + " - " + scene.getTimeOfDay()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p.getScript().getScenes().add(scene);
			scenes.add(scene);
		}
		cast(p, rnd, scenes, setOf, sets);
		for (int k = 0; k < 5; k++) {
			Booking b = StudioFactory.eINSTANCE.createBooking();
			b.setResource(stages.get(rnd.nextInt(12)));
			b.setProductionId("other-production"); //$NON-NLS-1$
			b.setProductionTitle("Night Ferry"); //$NON-NLS-1$
			LocalDate from = START.plusDays(rnd.nextInt(50));
			b.setFrom(ShootCalendar.toDate(from));
			b.setTo(ShootCalendar.toDate(from.plusDays(2 + rnd.nextInt(5))));
			b.setStatus(BookingStatus.CONFIRMED);
			studio.getBookings().add(b);
		}
		locations.get(5).getUnavailable().add(range(START.plusDays(14 + rnd.nextInt(14)), 6));
		Schedule board = p.getActiveSchedule();
		board.setStartDate(ShootCalendar.toDate(START));
		for (Scene s : scenes) {
			Strip strip = ScheduleFactory.eINSTANCE.createStrip();
			strip.setScene(s);
			board.getItems().add(strip);
		}
		Boards.apply(p, board, ClassicSort.plan(p, board));
		flags(board, rnd, scenes);
		return p;
	}

	private static void cast(Production p, Random rnd, List<Scene> scenes, int[] setOf, int sets) {
		Breakdown b = p.getBreakdown();
		for (int c = 1; c <= 40; c++) {
			CastMember cm = BreakdownFactory.eINSTANCE.createCastMember();
			cm.setId(uuid(rnd));
			cm.setCastNumber(c);
			cm.setName("CHARACTER " + c); //$NON-NLS-1$
			cm.setActor("Actor " + c); //$NON-NLS-1$
			cm.setCategory(b.getCategories().get(0));
			// leads are on run-of-show deals (the board's default day weight); supporting and day players are paid by the day
			cm.setDailyRate(c <= 4 ? 0 : c <= 16 ? 20000 : 2500);
			b.getElements().add(cm);
			boolean[] in = new boolean[scenes.size()];
			if (c <= 4) {
				double share = 0.53 - c * 0.08;
				for (int s = 0; s < scenes.size(); s++) {
					in[s] = rnd.nextDouble() < share;
				}
			} else if (c <= 16) {
				// a supporting character's storyline runs through several sets
				boolean[] home = homeSets(rnd, sets, 5);
				for (int s = 0; s < scenes.size(); s++) {
					in[s] = rnd.nextDouble() < (home[setOf[s]] ? 0.35 : 0.01);
				}
			} else {
				boolean[] home = homeSets(rnd, sets, 1 + rnd.nextInt(2));
				for (int s = 0; s < scenes.size(); s++) {
					in[s] = home[setOf[s]] && rnd.nextDouble() < 0.3 || rnd.nextDouble() < 0.003;
				}
			}
			for (int s = 0; s < scenes.size(); s++) {
				if (in[s]) {
					ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
					o.setScene(scenes.get(s));
					o.setConfirmed(true);
					cm.getOccurrences().add(o);
				}
			}
			if (c == 6 || c == 11 || c == 19 || c == 23 || c == 30 || c == 35) {
				cm.getUnavailable().add(range(START.plusDays(rnd.nextInt(45)), 3 + rnd.nextInt(5)));
			}
			if (c == 18 || c == 27 || c == 38) {
				DoodRule rule = ScheduleFactory.eINSTANCE.createDoodRule();
				rule.setHoldAllowed(false);
				rule.setMinDropGapDays(10);
				cm.setDoodRule(rule);
			}
		}
	}

	private static void flags(Schedule board, Random rnd, List<Scene> scenes) {
		int pins = 0;
		int covers = 0;
		for (var item : board.getItems()) {
			if (item instanceof Strip strip) {
				Scene s = strip.getScene();
				if (covers < 4 && s.getIntExt() == IntExt.INT && s.getStage() != null && rnd.nextInt(12) == 0) {
					strip.setWeatherCover(true);
					covers++;
				} else if (pins < 3 && s.getStage() != null && s.getTimeOfDay() != TimeOfDay.NIGHT && rnd.nextInt(25) == 0) {
					strip.setPinned(true);
					pins++;
				}
			}
		}
	}

	private static boolean[] homeSets(Random rnd, int sets, int count) {
		boolean[] home = new boolean[sets];
		for (int k = 0; k < count; k++) {
			home[rnd.nextInt(sets)] = true;
		}
		return home;
	}

	private static int pick(Random rnd, double[] weight) {
		double total = 0;
		for (double w : weight) {
			total += w;
		}
		double x = rnd.nextDouble() * total;
		for (int k = 0; k < weight.length; k++) {
			x -= weight[k];
			if (x <= 0) {
				return k;
			}
		}
		return weight.length - 1;
	}

	private static DateRange range(LocalDate from, int days) {
		DateRange r = ProductionFactory.eINSTANCE.createDateRange();
		r.setFrom(ShootCalendar.toDate(from));
		r.setTo(ShootCalendar.toDate(from.plusDays(days - 1)));
		return r;
	}

	private static String uuid(Random rnd) {
		return new UUID(rnd.nextLong(), rnd.nextLong()).toString();
	}
}
