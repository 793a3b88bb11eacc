// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.schedule.internal.solver.Crafted;
import org.junit.jupiter.api.Test;

/** The classic multi-key sort: place, I/E, D/N, cast numbers, then packing. */
class ClassicSortTest {
	@Test
	void sortsByPlaceThenIntExtThenDayNightThenCastAndPacks() {
		Crafted c = new Crafted(false);
		Scene n1 = c.scene("1", IntExt.EXT, TimeOfDay.NIGHT, 16, "BRIDGE");
		Scene d2 = c.scene("2", IntExt.EXT, TimeOfDay.DAY, 16, "BRIDGE");
		Scene a3 = c.scene("3", IntExt.INT, TimeOfDay.DAY, 24, "ATTIC");
		Scene i4 = c.scene("4", IntExt.INT, TimeOfDay.DAY, 16, "BRIDGE");
		Scene a5 = c.scene("5", IntExt.INT, TimeOfDay.DAY, 24, "ATTIC");
		c.cast(2, "B", 0, a3);
		c.cast(1, "A", 0, a5);
		Plan plan = ClassicSort.plan(c.p, c.board);
		assertEquals(List.of(a5, a3), plan.days().get(0), "attic first, cast 1 before cast 2, 48 eighths fill the day");
		assertEquals(List.of(i4, d2, n1), plan.days().get(1), "bridge: INT, then EXT day, then EXT night");
		assertTrue(plan.unscheduled().isEmpty());
		for (List<Scene> d : plan.days()) {
			assertTrue(d.stream().mapToInt(Scene::getEighths).sum() <= c.board.getMaxEighthsPerDay());
		}
	}

	@Test
	void minutesLimitOpensANewDay() {
		Crafted c = new Crafted(false);
		c.board.setMaxMinutesPerDay(200);
		c.scene("1", 10, "SET");
		c.scene("2", 10, "SET");
		assertEquals(2, ClassicSort.plan(c.p, c.board).dayCount(), "110 + 110 minutes exceed 200");
	}
}
