// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.internal.solver.BenchInstance;
import org.backlot.schedule.internal.solver.Crafted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The optimiser honours every hard constraint, keeps pins, never gets worse, and says what blocks an infeasible board. */
class OptimizerTest {
	private static Locale saved;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	/** Twelve scenes with one of each kind of restriction, all satisfiable. */
	private static Crafted crafted() {
		Crafted c = new Crafted(true);
		Stage one = c.stage(1);
		Stage two = c.stage(2);
		Location pier = c.location("Old Pier");
		Location street = c.location("Street");
		List<Scene> s = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Object place = i % 4 == 0 ? one : i % 4 == 1 ? two : i % 4 == 2 ? pier : street;
			boolean ext = place instanceof Location;
			s.add(c.scene(Integer.toString(i + 1), ext ? IntExt.EXT : IntExt.INT, i % 5 == 0 ? TimeOfDay.NIGHT : TimeOfDay.DAY, 10 + i % 3 * 4,
					place));
		}
		CastMember lin = c.cast(1, "Lin Xiao", 20000, s.get(0), s.get(3), s.get(6), s.get(9));
		lin.getUnavailable().add(Crafted.range(Crafted.START, Crafted.START.plusDays(2)));
		CastMember zhou = c.cast(2, "Zhou Min", 8000, s.get(1), s.get(5), s.get(10));
		Crafted.noHold(zhou, 10);
		c.cast(3, "Wang Li", 0, s.get(2), s.get(4), s.get(8), s.get(11));
		pier.getUnavailable().add(Crafted.range(Crafted.START.plusDays(3), Crafted.START.plusDays(4)));
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setResource(two);
		b.setProductionId("other");
		b.setFrom(ShootCalendar.toDate(Crafted.START));
		b.setTo(ShootCalendar.toDate(Crafted.START.plusDays(1)));
		b.setStatus(BookingStatus.CONFIRMED);
		c.studio.getBookings().add(b);
		c.apply(ClassicSort.plan(c.p, c.board));
		c.strip(s.get(7)).setWeatherCover(false);
		c.strip(s.get(4)).setPinned(true);
		return c;
	}

	@Test
	void findsAFeasiblePlanNoWorseThanItsStartAndKeepsPins() {
		Crafted c = crafted();
		Scene pinned = c.p.getScript().getScenes().get(4);
		int pinnedDay = Boards.read(c.board).dayOf(pinned);
		for (boolean keep : new boolean[] { true, false }) {
			OptimizerResult r = Optimizer.optimize(c.p, c.board, new Optimizer.Options(0.4, 3, keep), null, () -> false);
			assertTrue(r.feasible(), r.blocking().toString());
			assertTrue(r.blocking().isEmpty());
			assertEquals(List.of(), Constraints.violations(c.p, c.board, r.plan()));
			assertEquals(pinnedDay, r.plan().dayOf(pinned));
			assertEquals(12, r.plan().scheduled().size());
			assertEquals(Costs.of(c.p, c.board, r.plan()).total(), r.cost().total(), 1e-6);
			boolean startFeasible = keep && Constraints.violations(c.p, c.board, Boards.read(c.board)).isEmpty();
			if (startFeasible) {
				assertTrue(r.cost().total() <= r.startCost().total() + 1e-6);
			}
		}
	}

	@Test
	void improvingTheBoardInsertsUnscheduledScenes() {
		Crafted c = new Crafted(false);
		Scene a = c.scene("1", 8, "SET A");
		Scene b = c.scene("2", 8, "SET B");
		Scene d = c.scene("3", 8, "SET A");
		c.apply(new Plan(List.of(List.of(a), List.of(b)), List.of(d)));
		OptimizerResult r = Optimizer.optimize(c.p, c.board, new Optimizer.Options(0.2, 1, true), null, () -> false);
		assertTrue(r.feasible());
		assertTrue(r.plan().unscheduled().isEmpty());
		assertEquals(1, r.plan().dayCount(), "24 eighths fit one day");
		assertTrue(r.cost().total() <= r.startCost().total());
	}

	@Test
	void anEmptyBoardGivesAnEmptyFeasiblePlan() {
		Crafted c = new Crafted(false);
		OptimizerResult r = Optimizer.optimize(c.p, c.board, new Optimizer.Options(0.1, 1, true), null, () -> false);
		assertTrue(r.feasible());
		assertEquals(0, r.plan().dayCount());
		assertEquals(0, r.cost().total());
	}

	@Test
	void aSceneLongerThanADayBlocks() {
		Crafted c = new Crafted(false);
		c.scene("12", 60, "SET");
		c.scene("13", 8, "SET");
		OptimizerResult r = Optimizer.optimize(c.p, c.board, new Optimizer.Options(0.2, 1, false), null, () -> false);
		assertFalse(r.feasible());
		assertTrue(r.blocking().stream().anyMatch(v -> v.kind() == ConstraintKind.PAGES_PER_DAY && v.day() < 0 && v.message().contains("scene 12")
				|| v.message().contains("Scene 12")), r.blocking().toString());
	}

	@Test
	void anActorUnavailableEveryDayBlocks() {
		Crafted c = new Crafted(false);
		Scene a = c.scene("7", 8, "SET");
		c.cast(1, "Lin Xiao", 0, a).getUnavailable().add(Crafted.range(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
		OptimizerResult r = Optimizer.optimize(c.p, c.board, new Optimizer.Options(0.2, 1, false), null, () -> false);
		assertFalse(r.feasible());
		assertTrue(r.blocking().stream().anyMatch(v -> v.kind() == ConstraintKind.CAST_AVAILABILITY && v.message().contains("Lin Xiao")),
				r.blocking().toString());
	}

	@Test
	void reportsProgressAndStopsWhenCancelled() {
		Crafted c = crafted();
		List<Double> fractions = new ArrayList<>();
		OptimizerResult r = Optimizer.optimize(c.p, c.board, new Optimizer.Options(30, 1, false), (f, it, best) -> fractions.add(f),
				() -> fractions.size() > 0);
		assertFalse(fractions.isEmpty());
		assertNotEquals(0, r.iterations());
		assertTrue(r.millis() < 30_000);
	}

	@Test
	void benchmarkInstanceGivesAFeasiblePlan() {
		Production p = BenchInstance.create(BenchInstance.SEED);
		Schedule board = Boards.active(p);
		assertEquals(BenchInstance.SCENES, ClassicSort.plan(p, board).scheduled().size());
		// a budget in moves, not in time: stop after about 4,000 clock checks (64 moves each)
		java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
		OptimizerResult r = Optimizer.optimize(p, board, new Optimizer.Options(120, 1, false), null, () -> checks.incrementAndGet() > 4000);
		assertTrue(r.feasible(), r.blocking().toString());
		assertEquals(List.of(), Constraints.violations(p, board, r.plan()));
		assertEquals(BenchInstance.SCENES, r.plan().scheduled().size());
		assertEquals(Costs.of(p, board, r.plan()).total(), r.cost().total(), 1e-6);
	}
}
