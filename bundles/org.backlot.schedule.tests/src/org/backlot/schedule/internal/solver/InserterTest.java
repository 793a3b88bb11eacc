// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ClassicSort;
import org.backlot.schedule.api.Constraints;
import org.junit.jupiter.api.Test;

/** The estimated insertion of ruin and recreate puts a scene beside its place and actor, and loses or doubles no scene. */
class InserterTest {
	@Test
	void aSceneJoinsTheDayOfItsPlaceAndActor() {
		Crafted c = new Crafted(false);
		Scene a = c.scene("1", 8, "SET A"); //$NON-NLS-1$ //$NON-NLS-2$
		Scene b = c.scene("2", 8, "SET B"); //$NON-NLS-1$ //$NON-NLS-2$
		Scene d = c.scene("3", 8, "SET C"); //$NON-NLS-1$ //$NON-NLS-2$
		Scene e = c.scene("4", 8, "SET A"); //$NON-NLS-1$ //$NON-NLS-2$
		c.cast(1, "Lead", 20000, a, e); //$NON-NLS-1$
		Problem pb = new Problem(c.p, c.board, List.of(a, b, d, e), Map.of());
		Evaluator ev = new Evaluator(pb);
		List<int[]> days = new ArrayList<>(List.of(new int[] { 1 }, new int[] { 0 }, new int[] { 2 }));
		Inserter in = ev.inserter();
		in.prepare(days, 100_000, 1);
		in.insert(days, 3, null, 100_000, true);
		assertEquals(3, days.size());
		assertArrayEquals(new int[] { 0, 3 }, days.get(1));
	}

	@Test
	void ruinAndRecreateKeepsEverySceneOnce() {
		Production p = BenchInstance.create(BenchInstance.SEED);
		Schedule board = Boards.active(p);
		Problem pb = new Problem(p, board, ClassicSort.scenes(p, board), Constraints.pinnedDays(board));
		Evaluator ev = new Evaluator(pb);
		List<int[]> days = UpFront.compile(pb, ClassicSort.plan(p, board), ev);
		int[][] related = Neighbours.related(pb);
		SplittableRandom r = new SplittableRandom(7);
		for (int round = 0; round < 300; round++) {
			List<int[]> next = round % 3 == 0 ? Rebuild.eliminateDay(pb, days, r, ev, 100_000)
					: Rebuild.ruinAndRecreate(pb, days, r, related, ev, 100_000);
			if (next == null) {
				continue;
			}
			int[] seen = new int[pb.n];
			for (int[] day : next) {
				assertNotNull(day);
				for (int i : day) {
					seen[i]++;
				}
			}
			int[] once = new int[pb.n];
			Arrays.fill(once, 1);
			assertArrayEquals(once, seen, "round " + round); //$NON-NLS-1$
			days = next;
		}
	}
}
