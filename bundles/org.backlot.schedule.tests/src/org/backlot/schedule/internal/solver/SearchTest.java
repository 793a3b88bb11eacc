// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ClassicSort;
import org.backlot.schedule.api.Constraints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annealing on the benchmark production: paired searches share their best, and a timed search cools to a feasible plan. */
class SearchTest {
	private static Problem pb;
	private static List<int[]> start;

	@BeforeAll
	static void build() {
		Production p = BenchInstance.create(BenchInstance.SEED);
		Schedule board = Boards.active(p);
		pb = new Problem(p, board, ClassicSort.scenes(p, board), Constraints.pinnedDays(board));
		start = UpFront.compile(pb, ClassicSort.plan(p, board), new Evaluator(pb));
	}

	@Test
	void aSearchTakesOverItsPeersBestOnlyWhenItIsCheaper() {
		Search ahead = new Search(pb, start, 1);
		ahead.run(System.nanoTime() + 1_500_000_000L, () -> false, (it, improved) -> {
		});
		assertNotNull(ahead.bestFeasible, "the classic start is repaired within the time");
		Search behind = new Search(pb, start, 2);
		behind.pairWith(ahead);
		assertTrue(behind.adoptPeersBest());
		assertEquals(ahead.bestFeasibleCost, behind.bestFeasibleCost, 1e-6);
		Evaluator ev = new Evaluator(pb);
		ev.evaluate(behind.bestFeasible, 1);
		assertEquals(0, ev.penalty);
		assertEquals(ahead.bestFeasibleCost, ev.cost, 1e-6);
		assertFalse(ahead.adoptPeersBest(), "nothing cheaper to take over");
	}

	@Test
	void aTimedSearchCoolsToAFeasiblePlanCheaperThanItsStart() {
		Evaluator ev = new Evaluator(pb);
		ev.evaluate(start, 1);
		double startCost = ev.cost;
		Search s = new Search(pb, start, 3);
		s.run(System.nanoTime() + 2_000_000_000L, () -> false, (it, improved) -> {
		});
		assertNotNull(s.bestFeasible);
		assertTrue(s.bestFeasibleCost < startCost, s.bestFeasibleCost + " < " + startCost);
	}
}
