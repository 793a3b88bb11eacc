// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.junit.jupiter.api.Test;

/** Matching breakdown elements to the studio store, in English and Chinese. */
class InventoryMatcherTest {
	private final Studio studio = StudioFactory.eINSTANCE.createStudio();

	private InventoryItem item(String code, ItemKind kind, String zh, String en, Condition condition) {
		InventoryItem i = StudioFactory.eINSTANCE.createInventoryItem();
		i.setCode(code);
		i.setKind(kind);
		i.setNameZh(zh);
		i.setNameEn(en);
		i.setCondition(condition);
		i.setQuantity(1);
		studio.getInventory().add(i);
		return i;
	}

	private static Element element(String category, String name) {
		Category c = BreakdownFactory.eINSTANCE.createCategory();
		c.setKey(category);
		Element e = BreakdownFactory.eINSTANCE.createElement();
		e.setCategory(c);
		e.setName(name);
		return e;
	}

	@Test
	void sameNameSynonymAndSharedWords() {
		item("P1", ItemKind.PROP, "怀表", "pocket watch", Condition.GOOD);
		item("P2", ItemKind.PROP, "皮箱", "leather suitcase", Condition.GOOD);
		item("P3", ItemKind.PROP, "煤油灯", "kerosene lamp", Condition.WORN);
		item("C1", ItemKind.COSTUME, "旗袍", "qipao", Condition.GOOD);
		item("W1", ItemKind.WEAPON, "驳壳枪（道具）", "Mauser pistol (prop)", Condition.GOOD);
		InventoryMatcher m = new InventoryMatcher(studio);

		List<InventoryMatcher.Candidate> watch = m.match(element("props", "怀表"), 3);
		assertEquals("P1", watch.get(0).item().getCode());
		assertEquals(1.0, watch.get(0).score());
		assertEquals("P1", m.match(element("props", "Watch"), 3).get(0).item().getCode(), "a synonym in the word lists");
		assertEquals("P2", m.match(element("props", "Suitcase"), 3).get(0).item().getCode(), "the head of the name");
		assertEquals("P3", m.match(element("props", "Oil lamp"), 3).get(0).item().getCode(), "a shared word");
		assertEquals("W1", m.match(element("weapons", "驳壳枪"), 3).get(0).item().getCode(), "(道具) is not part of the name");
		assertTrue(m.match(element("wardrobe", "怀表"), 3).isEmpty(), "costumes only serve wardrobe");
		assertFalse(InventoryMatcher.matchable(element("cast", "Lin Xiao")));
		assertTrue(m.match(element("props", "Spaceship"), 3).isEmpty());
		item("P4", ItemKind.PROP, "奶茶杯", "bubble tea cup", Condition.GOOD);
		List<InventoryMatcher.Candidate> tea = new InventoryMatcher(studio).match(element("props", "Tea"), 3);
		assertEquals(0.5, tea.get(0).score(), 1e-9, "tea is in the name but a tea cup is a cup");
	}

	@Test
	void damagedItemsComeAfterGoodOnes() {
		item("P9", ItemKind.PROP, "灯笼", "lantern", Condition.DAMAGED);
		item("P8", ItemKind.PROP, "灯笼", "lantern", Condition.GOOD);
		List<InventoryMatcher.Candidate> c = new InventoryMatcher(studio).match(element("props", "Lantern"), 5);
		assertEquals(List.of("P8", "P9"), c.stream().map(x -> x.item().getCode()).toList());
	}
}
