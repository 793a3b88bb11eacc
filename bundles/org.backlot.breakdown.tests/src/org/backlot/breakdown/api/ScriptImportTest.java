// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.RevisionColour;
import org.backlot.model.script.Scene;
import org.backlot.model.script.SceneChange;
import org.backlot.model.script.TimeOfDay;
import org.junit.jupiter.api.Test;

/** Import and auto-breakdown of a real Fountain script, then a revision merged over confirmed work. */
class ScriptImportTest {

	@Test
	void importBuildsScenesAndABreakdown() throws Exception {
		Production p = TestFiles.fresh();
		ScriptImport.Report r = TestFiles.into(p, "tea-house.fountain");
		assertEquals("fountain", r.format());
		assertEquals(6, r.scenes());
		List<Scene> scenes = p.getScript().getScenes();
		Scene first = scenes.get(0);
		assertEquals("1", first.getNumber());
		assertEquals(IntExt.EXT, first.getIntExt());
		assertEquals("YONGCHUAN OLD STREET", first.getSetName());
		assertEquals(TimeOfDay.DAY, first.getTimeOfDay());
		assertTrue(first.getSynopsis().startsWith("Rain drums on the slate roofs."), first.getSynopsis());
		assertEquals(TimeOfDay.CONTINUOUS, scenes.get(1).getTimeOfDay());
		assertEquals(TimeOfDay.DAWN, scenes.get(4).getTimeOfDay());
		assertEquals("The Last Pot of Tea", p.getScript().getTitle());
		assertEquals("FADE IN:", p.getScript().getFrontMatter().get(0).getText(), "what comes before the first heading is kept");
		scenes.forEach(s -> assertTrue(s.getEighths() >= 1, s.getNumber()));
		int total = scenes.stream().mapToInt(Scene::getEighths).sum();
		assertTrue(total >= 8 && total <= 24, "a two-page script, not " + total + " eighths");

		assertEquals(2, r.characters());
		CastMember lin = (CastMember) element(p, "cast", "Lin Xiao");
		assertEquals(1, lin.getCastNumber(), "the character in most scenes is number 1");
		assertNotNull(element(p, "cast", "Chen Mo"));
		assertNotNull(element(p, "weapons", "Revolver"));
		SceneFacts one = SceneFacts.of(first, p.getBreakdown());
		assertEquals(20, one.extras());
		assertEquals(List.of("LIN XIAO"), one.characters());
		for (Element e : p.getBreakdown().getElements()) {
			for (ElementOccurrence o : e.getOccurrences()) {
				assertFalse(o.isConfirmed(), "a tagger's find is a suggestion");
				String span = o.getParagraph().getText().substring(o.getStart(), o.getStart() + o.getLength());
				assertFalse(span.isBlank(), e.getName());
			}
		}
	}

	@Test
	void aRevisionKeepsIdentityConfirmedTagsAndNumbers() throws Exception {
		Production p = TestFiles.fresh();
		TestFiles.into(p, "tea-house.fountain");
		List<Scene> before = List.copyOf(p.getScript().getScenes());
		Scene teaHouse = before.get(1);
		Paragraph action = teaHouse.getParagraphs().get(1);
		int at = action.getText().indexOf("old pocket watch");
		Category props = CategoryContributions.find(p.getBreakdown(), "props");
		TagOperations.tag(p, props, action, at, "old pocket watch".length());
		Scene night = before.get(3);
		Paragraph lamp = night.getParagraphs().get(1);
		TagOperations.tag(p, props, lamp, lamp.getText().indexOf("oil lamp"), "oil lamp".length());

		ScriptImport.Report r = TestFiles.into(p, "tea-house-rev2.fountain");
		assertTrue(r.revision());
		assertEquals(1, r.added());
		assertEquals(1, r.changed());
		assertEquals(1, r.omitted());
		List<Scene> after = p.getScript().getScenes();
		assertEquals(7, after.size(), "six scenes and one omitted");
		assertSame(before.get(0), after.get(0), "an unchanged scene keeps its identity");
		assertSame(teaHouse, after.get(1));
		assertEquals(SceneChange.CHANGED, teaHouse.getChange());
		assertEquals(RevisionColour.BLUE, teaHouse.getRevision().getColour());
		assertEquals(SceneChange.UNCHANGED, after.get(0).getChange());
		Scene added = after.get(2);
		assertEquals(SceneChange.ADDED, added.getChange());
		assertEquals("2A", added.getNumber(), "an inserted scene takes the number before it with a letter");
		assertTrue(night.isOmitted());
		assertEquals(SceneChange.OMITTED, night.getChange());
		assertEquals("5", after.get(after.indexOf(night) + 1).getNumber(), "later scenes keep their numbers");

		Element watch = element(p, "props", "Old pocket watch");
		ElementOccurrence kept = watch.getOccurrences().get(0);
		assertTrue(kept.isConfirmed());
		assertSame(teaHouse, kept.getScene());
		assertTrue(teaHouse.getParagraphs().contains(kept.getParagraph()), "moved to the revised paragraph");
		assertEquals("old pocket watch",
				kept.getParagraph().getText().substring(kept.getStart(), kept.getStart() + kept.getLength()));
		assertNotNull(element(p, "props", "Oil lamp"), "a tag in an omitted scene stays with it");
		assertEquals(1, r.keptTags());
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws Exception {
		Production p = TestFiles.fresh();
		TestFiles.into(p, "tea-house.fountain");
		int elements = p.getBreakdown().getElements().size();
		ScriptImport.Report r = TestFiles.into(p, "tea-house.fountain");
		assertEquals(0, r.added() + r.changed() + r.omitted());
		assertEquals(elements, p.getBreakdown().getElements().size());
		assertTrue(p.getScript().getScenes().stream().allMatch(s -> s.getChange() == SceneChange.UNCHANGED));
	}

	static Element element(Production p, String category, String name) {
		for (Element e : p.getBreakdown().getElements()) {
			if (e.getCategory().getKey().equals(category) && e.getName().equalsIgnoreCase(name)) {
				return e;
			}
		}
		throw new AssertionError("no " + category + " element " + name + " in "
				+ p.getBreakdown().getElements().stream().map(e -> e.getCategory().getKey() + ":" + e.getName()).toList());
	}
}
