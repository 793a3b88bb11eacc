// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.studio.api.InventorySearch.Hit;
import org.backlot.studio.api.InventorySearch.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searching the generated store of 10,200 items in Chinese and English, with filters, following edits. */
class InventorySearchTest {
	private static Studio studio;
	private static InventorySearch search;

	@BeforeAll
	static void index() {
		studio = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
		search = InventorySearch.of(studio);
	}

	@AfterAll
	static void close() {
		search.close();
	}

	private static long count(Predicate<InventoryItem> p) {
		return studio.getInventory().stream().filter(p).count();
	}

	private static List<InventoryItem> items(Query q) {
		return search.search(q).stream().map(Hit::item).toList();
	}

	@Test
	void chineseAndEnglishFindTheSameBilingualItems() {
		long qipaos = count(i -> i.getNameZh().contains("旗袍"));
		assertTrue(qipaos > 20, "the store has qipaos: " + qipaos);
		assertEquals(qipaos, search.count(Query.text("旗袍")));
		assertEquals(qipaos, search.count(Query.text("qipao")));
		assertEquals(Set.copyOf(items(Query.text("旗袍").limit(500))), Set.copyOf(items(Query.text("qipao").limit(500))));
		Hit first = search.search(Query.text("旗袍")).get(0);
		assertTrue(first.highlight().contains("[旗袍]"), first.highlight());
	}

	@Test
	void everyWordMustMatchInEitherOrder() {
		long greyGowns = count(i -> i.getNameZh().equals("灰色长衫"));
		assertTrue(greyGowns > 0);
		for (String words : List.of("长衫 灰色", "灰色长衫", "grey gown", "Grey long gown", "gown grey")) {
			List<InventoryItem> found = items(Query.text(words).limit(200));
			assertEquals(greyGowns, found.size(), words);
			assertTrue(found.stream().allMatch(i -> i.getNameEn().equals("Grey long gown")), words);
		}
		assertEquals(0, search.count(Query.text("长衫 spaceship")));
	}

	@Test
	void aWordTheSegmenterCutsDifferentlyIsStillFound() {
		long riders = count(i -> i.getNameZh().contains("外卖骑手服"));
		assertTrue(riders > 0);
		assertEquals(riders, search.count(Query.text("外卖")), "外卖骑手服 is segmented 外/卖/骑手/服");
		assertEquals(count(i -> i.getNameZh().contains("伞")), search.count(Query.text("伞")));
	}

	@Test
	void theLastWordIsAPrefixAndCodesAreFoundByTheirStart() {
		assertEquals(count(i -> i.getNameEn().toLowerCase().contains("qipao")), search.count(Query.text("qip")));
		List<InventoryItem> codes = items(Query.text("C-0001").limit(100));
		assertEquals(10, codes.size());
		assertTrue(codes.stream().allMatch(i -> i.getCode().startsWith("C-0001")));
	}

	@Test
	void filtersAloneListTheStoreByCode() {
		Query red = new Query("", Set.of(ItemKind.COSTUME), "清代", null, "M", "红", Set.of(Condition.NEW, Condition.GOOD), 1000);
		List<InventoryItem> found = items(red);
		Predicate<InventoryItem> wanted = i -> i.getKind() == ItemKind.COSTUME && i.getPeriod().equals("Qing dynasty") && "M".equals(i.getSize())
				&& "red".equals(i.getColour()) && (i.getCondition() == Condition.NEW || i.getCondition() == Condition.GOOD);
		assertEquals(count(wanted), found.size());
		assertFalse(found.isEmpty());
		assertTrue(found.stream().allMatch(wanted));
		assertEquals(found.stream().sorted(Comparator.comparing(InventoryItem::getCode)).toList(), found, "by code");
		assertEquals(count(wanted), search.count(red.period("Qing dynasty").colour("red")), "the period and colour in English too");
		assertEquals(count(i -> i.getKind() == ItemKind.VEHICLE), search.count(new Query(null, Set.of(ItemKind.VEHICLE), null, null, null, null, null, 0)));
		assertEquals(InventorySearch.DEFAULT_LIMIT, search.search(new Query("", null, null, null, null, null, null, 0)).size());
		assertEquals(count(i -> i.getNameZh().contains("旗袍") && "worn-in".equals(i.getStyle())),
				search.count(new Query("旗袍", Set.of(), null, "worn-in", null, null, Set.of(), 0)));
	}

	@Test
	void followsEditsToTheStore() {
		assertSame(search, InventorySearch.of(studio), "one search per studio");
		InventoryItem pot = StudioFactory.eINSTANCE.createInventoryItem();
		pot.setCode("P-99999");
		pot.setKind(ItemKind.PROP);
		pot.setNameZh("青花瓷茶壶");
		pot.setNameEn("Blue-and-white teapot");
		studio.getInventory().add(pot);
		assertEquals(List.of(pot), items(Query.text("茶壶")));
		assertEquals(List.of(pot), items(Query.text("teapots")));
		pot.setNameEn("Porcelain kettle");
		assertEquals(List.of(), items(Query.text("teapot")));
		assertEquals(List.of(pot), items(Query.text("kettle")));
		studio.getInventory().remove(pot);
		assertEquals(List.of(), items(Query.text("茶壶")));
	}
}
