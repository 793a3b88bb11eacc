// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ClassicSort;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.Costs;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled evaluation agrees with the public cost, calendar and constraint check on random day structures. */
class EvaluatorTest {
	private static Production p;
	private static Schedule board;
	private static Problem pb;

	@BeforeAll
	static void build() {
		p = BenchInstance.create(BenchInstance.SEED);
		board = Boards.active(p);
		pb = new Problem(p, board, ClassicSort.scenes(p, board), Constraints.pinnedDays(board));
	}

	@Test
	void costRestDaysAndFeasibilityMatchThePublicApi() {
		Random rnd = new Random(5);
		Evaluator ev = new Evaluator(pb);
		for (int round = 0; round < 25; round++) {
			int nd = 30 + rnd.nextInt(20);
			List<List<Integer>> build = new ArrayList<>();
			for (int d = 0; d < nd; d++) {
				build.add(new ArrayList<>());
			}
			for (int i = 0; i < pb.n; i++) {
				build.get(rnd.nextInt(nd)).add(i);
			}
			List<int[]> days = new ArrayList<>();
			for (List<Integer> d : build) {
				if (!d.isEmpty()) {
					days.add(d.stream().mapToInt(Integer::intValue).toArray());
				}
			}
			Plan plan = ev.decode(days);
			ev.evaluate(days, 1);
			assertEquals(Costs.of(p, board, plan).total(), ev.cost, 1e-6, "round " + round);
			List<DayKind> kinds = new ArrayList<>();
			plan.days().forEach(d -> kinds.add(DayKind.of(d)));
			assertEquals(ShootCalendar.of(p, board).date(kinds).totalRestDays(), ev.rests);
			assertEquals(Constraints.violations(p, board, plan).isEmpty(), ev.penalty == 0, "round " + round);
		}
	}

	@Test
	void theSameSeedAndIterationCountGiveTheSameResult() {
		double[] costs = new double[2];
		for (int k = 0; k < 2; k++) {
			Evaluator ev = new Evaluator(pb);
			Search s = new Search(pb, UpFront.compile(pb, ClassicSort.plan(p, board), ev), 42);
			int[] checks = { 0 };
			s.run(Long.MAX_VALUE, () -> ++checks[0] > 3000, (it, improved) -> {
			});
			costs[k] = s.bestFeasible == null ? -1 : s.bestFeasibleCost;
			assertEquals(3000L * 64, s.iterations);
		}
		assertEquals(costs[0], costs[1]);
	}
}
