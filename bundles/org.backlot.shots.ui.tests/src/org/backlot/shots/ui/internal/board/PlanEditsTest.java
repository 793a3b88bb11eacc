// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.schedule.api.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stripboard's edits of a board's sequence: moves across days, breaks, whole days. */
class PlanEditsTest {
	private final List<Scene> s = new ArrayList<>();
	private Plan plan;

	@BeforeEach
	void board() {
		for (int i = 1; i <= 6; i++) {
			Scene scene = ScriptFactory.eINSTANCE.createScene();
			scene.setNumber(Integer.toString(i));
			s.add(scene);
		}
		// day 1: 1 2 | day 2: 3 4 | unscheduled: 5 6
		plan = new Plan(List.of(List.of(s.get(0), s.get(1)), List.of(s.get(2), s.get(3))), List.of(s.get(4), s.get(5)));
	}

	private static String text(Plan p) {
		StringBuilder b = new StringBuilder();
		for (List<Scene> day : p.days()) {
			day.forEach(x -> b.append(x.getNumber()));
			b.append('|');
		}
		p.unscheduled().forEach(x -> b.append(x.getNumber()));
		return b.toString();
	}

	@Test
	void moveBeforeATokenCountsPositionsBeforeTheMove() {
		PlanEdits e = new PlanEdits(plan);
		e.move(List.of(s.get(0)), 4); // before scene 4 (tokens: 1 2 | 3 4 | 5 6)
		assertEquals("2|314|56", text(e.plan()));
		e.move(List.of(s.get(3)), 0);
		assertEquals("42|31|56", text(e.plan()));
	}

	@Test
	void moveToADayAndToTheUnscheduled() {
		PlanEdits e = new PlanEdits(plan);
		e.moveToDay(List.of(s.get(4), s.get(0)), 1);
		assertEquals("2|3451|6", text(e.plan()));
		e.unschedule(List.of(s.get(2)));
		assertEquals("2|451|63", text(e.plan()));
		e.moveToDay(List.of(s.get(5)), 7);
		assertEquals("2|451|36", text(e.plan()));
	}

	@Test
	void multipleScenesMoveAsABlockInBoardOrder() {
		PlanEdits e = new PlanEdits(plan);
		e.move(List.of(s.get(5), s.get(1)), 0);
		assertEquals("261|34|5", text(e.plan()));
	}

	@Test
	void breaksAreInsertedAndRemoved() {
		PlanEdits e = new PlanEdits(plan);
		assertTrue(e.insertBreakAfter(s.get(2)));
		assertEquals("12|3|4|56", text(e.plan()));
		assertFalse(e.insertBreakAfter(s.get(1)), "day 1 already ends after scene 2");
		assertTrue(e.removeBreak(0));
		assertEquals("123|4|56", text(e.plan()));
		assertTrue(e.removeBreak(1));
		assertEquals("123|456", text(e.plan()));
		assertFalse(e.removeBreak(1));
	}

	@Test
	void wholeDaysMove() {
		PlanEdits e = new PlanEdits(plan);
		e.insertBreakAfter(s.get(4)); // 12|34|5|6
		assertTrue(e.moveDay(0, 2));
		assertEquals("34|5|12|6", text(e.plan()));
		assertTrue(e.moveDay(2, 0));
		assertEquals("12|34|5|6", text(e.plan()));
		assertEquals(1, e.dayAt(3));
		assertEquals(-1, e.dayAt(e.tokens().size()));
	}
}
