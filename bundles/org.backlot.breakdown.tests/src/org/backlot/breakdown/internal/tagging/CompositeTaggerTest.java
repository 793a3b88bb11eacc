// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.backlot.breakdown.internal.tagging.Scenes.action;
import static org.backlot.breakdown.internal.tagging.Scenes.assertExtras;
import static org.backlot.breakdown.internal.tagging.Scenes.assertNoOverlaps;
import static org.backlot.breakdown.internal.tagging.Scenes.assertNoTag;
import static org.backlot.breakdown.internal.tagging.Scenes.assertTag;
import static org.backlot.breakdown.internal.tagging.Scenes.assertWellFormed;
import static org.backlot.breakdown.internal.tagging.Scenes.castList;
import static org.backlot.breakdown.internal.tagging.Scenes.cue;
import static org.backlot.breakdown.internal.tagging.Scenes.dialogue;
import static org.backlot.breakdown.internal.tagging.Scenes.heading;
import static org.backlot.breakdown.internal.tagging.Scenes.paren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** All taggers together on whole scenes: overlaps resolved, elements merged. */
class CompositeTaggerTest {
	private static final CompositeTagger TAGGER = new CompositeTagger();

	static final List<Para> DINER = List.of(heading("INT. ROADSIDE DINER - NIGHT"),
			action("Rain hammers the windows. JOHN (30s), soaked, pushes in with a REVOLVER tucked in his belt. "
					+ "TWO POLICE OFFICERS sip coffee at the counter. A crowd of 20 presses against the glass outside."),
			action("A WAITER drops a tray. BANG! A gunshot. Several diners duck under the tables. MARY draws her gun."),
			cue("JOHN (V.O.)"), dialogue("Nobody move. Put the guns on the floor."), cue("MARY (CONT’D) ^"),
			paren("(lighting a cigarette)"), dialogue("Make me."),
			action("A police car screeches to a halt. John smashes through the window and falls onto the wet street. "
					+ "The crowd scatters. Mary drops her gun."));

	static final List<Para> OLD_STREET = List.of(heading("第1场  日  外  永川老街"),
			castList("人物：林晓、陈默、群演（路人）20人"),
			action("△大雨。林晓撑着油纸伞走过石板路，二十名群众演员在茶馆门口避雨。路人甲乙丙匆匆走过。"),
			action("△陈默掏出手枪，十几个村民围了上来。数十名士兵骑马赶到，一辆警车停在路边。"), cue("陈默（画外音）"),
			dialogue("把枪放下！"), action("△老周（60岁）推着三轮车经过，车上放着菜刀和一把枪。他马上跑开。"));

	@Test
	void englishScene() {
		List<Suggestion> found = TAGGER.tag(DINER, TagContext.of(Set.of("JOHN", "MARY", "SHERIFF")));
		assertWellFormed(DINER, found);
		assertNoOverlaps(found);
		Suggestion john = Scenes.at(DINER, found, 1, "JOHN");
		assertEquals(Categories.CAST, john.category());
		assertEquals("John", john.name());
		assertTag(DINER, found, "falls", Categories.STUNTS, "Fall");
		assertTag(DINER, found, "wet street", Categories.SFX, "Wet down");
		assertTag(DINER, found, "REVOLVER", Categories.WEAPONS, "Revolver");
		assertExtras(DINER, found, "TWO POLICE OFFICERS", Categories.EXTRAS, "Police officers", 2);
		assertExtras(DINER, found, "A crowd of 20", Categories.EXTRAS, "Crowd", 20);
		assertExtras(DINER, found, "WAITER", Categories.EXTRAS_SILENT, "Waiter", 1);
		assertTag(DINER, found, "BANG", Categories.SOUND, "Bang");
		assertNoTag(DINER, found, "BANG", Categories.CAST);
		assertExtras(DINER, found, "Several diners", Categories.EXTRAS, "Diners", 0);
		assertEquals("Mary", Scenes.at(DINER, found, 2, "MARY").name());
		assertTag(DINER, found, "cigarette", Categories.PROPS, "Cigarette");
		assertTag(DINER, found, "police car", Categories.VEHICLES, "Police car");
		assertTag(DINER, found, "smashes through the window", Categories.STUNTS, "Window crash");
		assertNoTag(DINER, found, "guns", Categories.WEAPONS); // dialogue
		assertNoTag(DINER, found, "police car", Categories.EXTRAS); // "police" is people, "police car" is not
		assertNoTag(DINER, found, "OFFICERS", Categories.PROPS);
		assertNoTag(DINER, found, "JOHN", Categories.PROPS);
		assertTrue(found.stream().noneMatch(s -> s.category().equals(Categories.PROPS) && s.name().equals("Gun")),
				"gun is a weapon, not a prop");
	}

	@Test
	void englishElementsAreMergedPerName() {
		List<Suggestion> found = TAGGER.tag(DINER, TagContext.of(Set.of("JOHN", "MARY")));
		List<CompositeTagger.SceneElement> elements = CompositeTagger.elements(found);
		CompositeTagger.SceneElement john = element(elements, Categories.CAST, "John");
		assertEquals(3, john.mentions().size(), "JOHN (30s), JOHN (V.O.), John smashes: " + john.mentions());
		assertEquals(CastTagger.CUE, john.confidence());
		CompositeTagger.SceneElement gun = element(elements, Categories.WEAPONS, "Gun");
		assertEquals(2, gun.mentions().size());
		for (Suggestion s : gun.mentions()) {
			assertEquals("gun", Scenes.mention(DINER, s));
		}
		CompositeTagger.SceneElement crowd = element(elements, Categories.EXTRAS, "Crowd");
		assertEquals(2, crowd.mentions().size(), "A crowd of 20, The crowd");
		assertEquals(20, crowd.count(), "the largest count of the mentions");
		assertEquals(elements.size(), elements.stream().map(e -> e.category() + e.name().toLowerCase()).distinct()
				.count(), "one element per category and name");
		int mentions = elements.stream().mapToInt(e -> e.mentions().size()).sum();
		assertEquals(found.size(), mentions, "every span is kept");
	}

	@Test
	void chineseScene() {
		List<Suggestion> found = TAGGER.tag(OLD_STREET, TagContext.of(Set.of("林晓", "陈默")));
		assertWellFormed(OLD_STREET, found);
		assertNoOverlaps(found);
		assertExtras(OLD_STREET, found, "群演（路人）20人", Categories.EXTRAS, "路人", 20);
		assertExtras(OLD_STREET, found, "二十名群众演员", Categories.EXTRAS, "群众演员", 20);
		assertExtras(OLD_STREET, found, "路人甲乙丙", Categories.EXTRAS, "路人", 3);
		assertExtras(OLD_STREET, found, "十几个村民", Categories.EXTRAS, "村民", 15);
		assertExtras(OLD_STREET, found, "数十名士兵", Categories.EXTRAS, "士兵", 30);
		assertTag(OLD_STREET, found, "油纸伞", Categories.PROPS, "雨伞");
		assertTag(OLD_STREET, found, "手枪", Categories.WEAPONS, "手枪");
		assertTag(OLD_STREET, found, "警车", Categories.VEHICLES, "警车");
		assertTag(OLD_STREET, found, "马", Categories.ANIMALS, "马");
		assertTag(OLD_STREET, found, "老周", Categories.CAST, "老周");
		assertTag(OLD_STREET, found, "三轮车", Categories.VEHICLES, "三轮车");
		assertTag(OLD_STREET, found, "菜刀", Categories.PROPS, "菜刀");
		assertTag(OLD_STREET, found, "枪", Categories.WEAPONS, "枪");
		List<CompositeTagger.SceneElement> elements = CompositeTagger.elements(found);
		assertEquals(2, element(elements, Categories.CAST, "林晓").mentions().size());
		assertEquals(3, element(elements, Categories.CAST, "陈默").mentions().size());
		CompositeTagger.SceneElement passers = element(elements, Categories.EXTRAS, "路人");
		assertEquals(20, passers.count());
		assertEquals(2, passers.mentions().size());
		assertTrue(found.stream().noneMatch(s -> Scenes.mention(OLD_STREET, s).equals("马上")));
	}

	@Test
	void overlapsLongerThenSurerThenMoreSpecificThenEarlier() {
		Tagger first = (scene, c) -> List.of(new Suggestion(0, 0, 5, Categories.PROPS, "Short", 0.9, 0),
				new Suggestion(0, 10, 4, Categories.PROPS, "Tie props", 0.7, 0),
				new Suggestion(0, 20, 4, Categories.PROPS, "Same A", 0.7, 0),
				new Suggestion(1, 0, 3, Categories.SOUND, "Sure", 0.9, 0));
		Tagger second = (scene, c) -> List.of(new Suggestion(0, 2, 8, Categories.GREENERY, "Long", 0.5, 0),
				new Suggestion(0, 10, 4, Categories.WEAPONS, "Tie weapons", 0.7, 0),
				new Suggestion(0, 20, 4, Categories.PROPS, "Same B", 0.7, 0),
				new Suggestion(1, 1, 3, Categories.CAST, "Unsure", 0.4, 0),
				new Suggestion(1, 5, 0, Categories.CAST, "Empty", 0.9, 0));
		List<Para> scene = List.of(action("x".repeat(30)), action("x".repeat(10)));
		List<Suggestion> kept = new CompositeTagger(List.of(first, second)).tag(scene);
		List<String> names = new ArrayList<>();
		kept.forEach(s -> names.add(s.name()));
		assertEquals(List.of("Long", "Tie weapons", "Same A", "Sure"), names);
	}

	@Test
	void namesOfOneElementShareTheFirstSpelling() {
		Tagger t = (scene, c) -> List.of(new Suggestion(0, 0, 3, Categories.EXTRAS, "Crowd", 0.5, 20),
				new Suggestion(0, 5, 3, Categories.EXTRAS, "crowd", 0.5, 0),
				new Suggestion(0, 10, 3, Categories.GREENERY, "crowd", 0.5, 0));
		List<Suggestion> kept = new CompositeTagger(List.of(t)).tag(List.of(action("x".repeat(20))));
		assertEquals(List.of("Crowd", "Crowd", "crowd"), kept.stream().map(Suggestion::name).toList());
		assertEquals(2, CompositeTagger.elements(kept).size());
	}

	@Test
	void aLongScriptIsTaggedQuickly() {
		List<List<Para>> scenes = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			scenes.add(DINER);
			scenes.add(OLD_STREET);
		}
		TagContext context = TagContext.of(Set.of("JOHN", "MARY", "林晓", "陈默"));
		for (List<Para> s : scenes) {
			TAGGER.tag(s, context); // warm up
		}
		long t0 = System.nanoTime();
		int n = 0;
		for (List<Para> s : scenes) {
			n += TAGGER.tag(s, context).size();
		}
		long ms = (System.nanoTime() - t0) / 1_000_000;
		assertTrue(n > 0);
		// speed is reported, not asserted
		System.out.println("composite tagger: 120 scenes (" + scenes.stream().mapToInt(List::size).sum()
				+ " paragraphs), " + n + " suggestions in " + ms + " ms warm");
	}

	private static CompositeTagger.SceneElement element(List<CompositeTagger.SceneElement> elements, String category,
			String name) {
		return elements.stream().filter(e -> e.category().equals(category) && e.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + category + "/" + name + " in " + elements));
	}
}
