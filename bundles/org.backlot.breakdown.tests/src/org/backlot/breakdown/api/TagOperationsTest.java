// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Scene;
import org.junit.jupiter.api.Test;

/** What a person does to tags: tag, confirm, reject, re-categorise, add and remove. */
class TagOperationsTest {

	@Test
	void namesFromTaggedText() {
		assertEquals("John", TagOperations.elementName("JOHN"));
		assertEquals("Mary-Jane O'neil", TagOperations.elementName("MARY-JANE O'NEIL"));
		assertEquals("Old pocket watch", TagOperations.elementName(" old  pocket\nwatch "));
		assertEquals("iPhone", TagOperations.elementName("iPhone"));
		assertEquals("怀表", TagOperations.elementName("怀表"));
	}

	@Test
	void tagConfirmRejectAndRecategorise() throws Exception {
		Production p = TestFiles.fresh();
		TestFiles.into(p, "tea-house.fountain");
		Scene dock = p.getScript().getScenes().get(2);
		Paragraph action = dock.getParagraphs().get(1);
		int at = action.getText().indexOf("police car");
		Category props = CategoryContributions.find(p.getBreakdown(), "props");
		ElementOccurrence o = TagOperations.tag(p, props, action, at, "police car".length());
		assertTrue(o.isConfirmed());
		assertEquals("Police car", ((Element) o.eContainer()).getName());
		assertEquals(1, TagOperations.occurrences(p.getBreakdown(), dock).stream()
				.filter(x -> x.getParagraph() == action && x.getStart() == at).count(), "the suggestion it covers is replaced");

		Category vehicles = CategoryContributions.find(p.getBreakdown(), "vehicles");
		ElementOccurrence moved = TagOperations.recategorise(p, o, vehicles);
		assertEquals(vehicles, ((Element) moved.eContainer()).getCategory());
		assertFalse(p.getBreakdown().getElements().stream()
				.anyMatch(e -> e.getCategory() == props && e.getName().equals("Police car")), "an emptied element goes");

		int suggested = (int) TagOperations.occurrences(p.getBreakdown(), dock).stream().filter(x -> !x.isConfirmed()).count();
		assertTrue(suggested > 0);
		assertEquals(suggested, TagOperations.confirmAll(p, dock));
		assertTrue(TagOperations.occurrences(p.getBreakdown(), dock).stream().allMatch(ElementOccurrence::isConfirmed));

		ElementOccurrence added = TagOperations.add(p, props, "Umbrella", dock);
		Element umbrella = (Element) added.eContainer();
		assertEquals(null, added.getParagraph(), "added on the sheet, not tied to words");
		TagOperations.removeFromScene(p, umbrella, dock);
		assertFalse(p.getBreakdown().getElements().contains(umbrella));
	}
}
