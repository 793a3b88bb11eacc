// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.harbour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.backlot.core.api.ModelFiles;
import org.backlot.model.production.Production;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;
import org.backlot.schedule.api.Boards;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harbour authority at work in Backlot itself: on the sample production "The Last Pot of Tea", whose opening and
 * closing scenes are shot at Chaotianmen Wharf and whose river crossing is an LED volume on a stage.
 */
class SampleProductionTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	@TempDir
	Path dir;

	@Test
	void theWharfNeedsTheHarbourAuthorityAndTheStageDoesNot() throws Exception {
		Production p = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), Samples.ensure(dir)).getContents().get(0);

		List<Requirement> harbour = Permits.derive(p, Boards.active(p), TODAY).stream()
				.filter(r -> r.authority().id().equals("com.example.backlot.harbour.msa")).toList();

		assertFalse(harbour.isEmpty(), "the sample shoots at a wharf");
		Requirement wharf = harbour.stream().filter(r -> r.placeName().contains("Chaotianmen")).findFirst()
				.orElseThrow(() -> new AssertionError("no harbour approval at Chaotianmen Wharf: " + harbour));
		assertEquals(Requirement.Coverage.MISSING, wharf.coverage(), "the sample has no application to the harbour authority yet");
		assertFalse(wharf.reasons().isEmpty());
		assertTrue(harbour.stream().flatMap(r -> r.days().stream()).map(DayAtPlace::stage).allMatch(s -> s == null),
				"the LED volume on a stage needs no harbour approval: " + harbour);
	}
}
