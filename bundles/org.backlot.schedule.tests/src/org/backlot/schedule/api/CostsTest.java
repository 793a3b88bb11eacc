// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.schedule.internal.solver.Crafted;
import org.junit.jupiter.api.Test;

/** Cost terms on a board small enough to check by hand. */
class CostsTest {
	@Test
	void termsAreComputedAsDocumented() {
		Crafted c = new Crafted(true);
		Location a = c.location("A");
		Location b = c.location("B");
		Stage one = c.stage(1);
		Scene s1 = c.scene("1", IntExt.EXT, TimeOfDay.DAY, 8, a);
		Scene s2 = c.scene("2", IntExt.EXT, TimeOfDay.DAY, 8, b);
		Scene s3 = c.scene("3", IntExt.INT, TimeOfDay.NIGHT, 8, one);
		Scene s4 = c.scene("4", IntExt.INT, TimeOfDay.DAY, 8, one);
		c.cast(1, "Lin Xiao", 1000, s1, s2, s4);
		c.cast(2, "Zhou Min", 0, s2, s3);
		Plan plan = Crafted.plan(List.of(s1, s2), List.of(s3), List.of(s4));
		CostBreakdown cost = Costs.of(c.p, c.board, plan);
		assertEquals(List.of("companyMoves", "locationChanges", "castDays", "shootDays", "stageDays", "nightToDay"),
				cost.terms().stream().map(CostTerm::key).toList());
		// A -> B inside day 1
		assertEquals(1, cost.term(Costs.COMPANY_MOVES).count());
		assertEquals(30000, cost.term(Costs.COMPANY_MOVES).cost());
		// day 2 starts on stage 1 after day 1 ended at B; day 3 starts where day 2 ended
		assertEquals(1, cost.term(Costs.LOCATION_CHANGES).count());
		// Lin Xiao works days 1 and 3 and is held on day 2 (gap 1 < 10): 3 days at 1,000; Zhou Min 2 days at the 3,000 default
		assertEquals(5, cost.term(Costs.CAST_DAYS).count());
		assertEquals(3 * 1000 + 2 * 3000, cost.term(Costs.CAST_DAYS).cost());
		assertEquals(3 * 150000, cost.term(Costs.SHOOT_DAYS).cost());
		// stage 1 from day 2 to day 3
		assertEquals(2, cost.term(Costs.STAGE_DAYS).count());
		// night day 2 wraps 05:00, a day call on day 3 cannot slip to 17:00: one rest day
		assertEquals(1, cost.term(Costs.NIGHT_TO_DAY).count());
		assertEquals(30000 + 5000 + 9000 + 450000 + 40000 + 40000, cost.total());
	}

	@Test
	void longGapsDropTheActorAndMissingWeightsUseDefaults() {
		Crafted c = new Crafted(false);
		Scene[] scenes = new Scene[13];
		for (int i = 0; i < scenes.length; i++) {
			scenes[i] = c.scene(Integer.toString(i + 1), 8, "SET");
		}
		c.cast(1, "Lin Xiao", 0, scenes[0], scenes[12]);
		c.board.setWeights(null);
		List<List<Scene>> days = new java.util.ArrayList<>();
		for (Scene s : scenes) {
			days.add(List.of(s));
		}
		CostBreakdown cost = Costs.of(c.p, c.board, new Plan(days, List.of()));
		// 11 idle days >= 10: dropped, two work days only
		assertEquals(2, cost.term(Costs.CAST_DAYS).count());
		assertEquals(ScheduleFactory.eINSTANCE.createCostWeights().getShootDay() * 13, cost.term(Costs.SHOOT_DAYS).cost());
		assertEquals(0, cost.term(Costs.COMPANY_MOVES).count());
	}
}
