// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.core.api.Validation;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleItem;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The active board's problems reach the validation (Problems view, cli validate) through org.backlot.core.checks. */
class BoardCheckTest {
	@Test
	void brokenConstraintsAndUnscheduledScenesAreWarningsOnTheirStrips() {
		Production p = SampleProduction.create(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
		Schedule board = p.getActiveSchedule();
		List<Diagnostic> problems = Validation.problems(Validation.validate(p));
		Diagnostic pages = problems.stream().filter(d -> d.getMessage().contains("8 pages")).findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
		assertEquals(Diagnostic.WARNING, pages.getSeverity());
		assertTrue(pages.getMessage().startsWith("Board 'First cut 初版': Day 9"), pages.getMessage());
		assertTrue(Validation.subject(pages) instanceof Strip s && s.getScene().getNumber().equals("3"), "the problem points at the day's first strip");

		// the last day break removed: its scene is unscheduled
		ScheduleItem last = board.getItems().get(board.getItems().size() - 1);
		assertTrue(last instanceof ShootDay);
		board.getItems().remove(last);
		List<String> messages = Validation.problems(Validation.validate(p)).stream().map(Diagnostic::getMessage).toList();
		assertTrue(messages.contains("Scene 21 is not on a shoot day of board 'First cut 初版'"), messages.toString());
		assertTrue(Validation.validate(p).getSeverity() < Diagnostic.ERROR, "a board's problems are warnings");
	}
}
