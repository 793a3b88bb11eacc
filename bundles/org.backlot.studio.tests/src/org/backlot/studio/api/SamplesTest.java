// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.Validation;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample production is real data on the sample studio, valid, and never overwrites a user's copy. */
class SamplesTest {
	@TempDir
	Path dir;

	private Production load(Path file) throws Exception {
		return (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
	}

	@Test
	void writesAValidBilingualProductionOnTheSampleStudio() throws Exception {
		Path file = Samples.ensure(dir);
		assertTrue(Files.exists(dir.resolve(Samples.STUDIO_FILE)));
		Production p = load(file);
		assertEquals("最后一壶茶", p.getOriginalTitle());
		assertEquals(24, p.getScript().getScenes().size());
		Scene three = p.getScript().getScenes().get(2);
		assertEquals("第3场 日 内 老陈茶馆", three.getHeading());
		assertNotNull(three.getStage(), "stage scenes point into the studio file");
		assertEquals(3, three.getStage().getNumber());
		assertNotNull(p.getScript().getScenes().get(0).getLocation());
		assertEquals("Chaotianmen Wharf", p.getScript().getScenes().get(0).getLocation().getName());
		assertTrue(p.getBreakdown().getElements().stream().anyMatch(e -> e.getStudioItem() != null), "some elements are matched to the store");
		long spans = 0;
		for (Element e : p.getBreakdown().getElements()) {
			assertNotNull(e.getCategory(), e.getName());
			for (ElementOccurrence o : e.getOccurrences()) {
				if (o.getParagraph() != null && o.getLength() > 0) {
					String words = o.getParagraph().getText().substring(o.getStart(), o.getStart() + o.getLength());
					assertTrue(e.getName().startsWith(words) || words.startsWith(e.getName()), words + " tags " + e.getName());
					spans++;
				}
			}
		}
		assertTrue(spans > 20, "the sample's tags sit on the words of its script: " + spans);
		long days = p.getActiveSchedule().getItems().stream().filter(ShootDay.class::isInstance).count();
		assertTrue(days >= 8, "a board of " + days + " days");
		assertEquals(10, p.getShotList().getShots().size());
		assertEquals(3, p.getShotList().getSetups().size());
		assertEquals(5, p.getShotList().getSetPlans().get(0).getMarks().size(), "actors' marks on the tea house plan");
		assertFalse(p.getActiveSchedule().getEvents().isEmpty(), "fittings and rehearsals for the day-out-of-days");
		assertEquals(2, p.getLighting().getSetups().size(), "two lit set-ups in the tea house");
		assertEquals(4, p.getLighting().getSetups().get(0).getFixtures().size());
		assertTrue(Files.isRegularFile(dir.resolve(p.getLighting().getSets().get(0).getLedWall().getImagePath())), "the LED window backing's picture");
		assertEquals(4, p.getPermitApplications().size());
		Diagnostic d = Validation.validate(p);
		assertTrue(d.getSeverity() < Diagnostic.ERROR, Validation.problems(d).toString());
	}

	@Test
	void aUsersCopyIsKept() throws Exception {
		Path file = Samples.ensure(dir);
		Production p = load(file);
		p.setTitle("My edits");
		ModelFiles.store().save(p.eResource());
		Samples.ensure(dir);
		assertEquals("My edits", load(file).getTitle());
	}
}
