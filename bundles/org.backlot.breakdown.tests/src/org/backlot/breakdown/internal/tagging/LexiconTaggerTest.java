// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.backlot.breakdown.internal.tagging.Scenes.action;
import static org.backlot.breakdown.internal.tagging.Scenes.assertNoTag;
import static org.backlot.breakdown.internal.tagging.Scenes.assertTag;
import static org.backlot.breakdown.internal.tagging.Scenes.assertUntagged;
import static org.backlot.breakdown.internal.tagging.Scenes.assertWellFormed;
import static org.backlot.breakdown.internal.tagging.Scenes.at;
import static org.backlot.breakdown.internal.tagging.Scenes.cue;
import static org.backlot.breakdown.internal.tagging.Scenes.dialogue;
import static org.backlot.breakdown.internal.tagging.Scenes.paren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Word-list tagging: English by word, Chinese by longest match, categories, confidence. */
class LexiconTaggerTest {
	private final LexiconTagger tagger = new LexiconTagger();

	@Test
	void englishWordsPhrasesAndPlurals() {
		List<Para> scene = List.of(action("Rain lashes the windows. Two guns and three knives lie on the table "
				+ "next to a stack of boxes. A police car idles outside; the bride's wedding dress hangs by the door."),
				action("JOHN pulls a REVOLVER from his trench coat. A cart full of scarves rolls past. It had begun."));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		assertTag(scene, found, "Rain", Categories.SFX, "Rain");
		assertTag(scene, found, "guns", Categories.WEAPONS, "Gun");
		assertTag(scene, found, "knives", Categories.WEAPONS, "Knife");
		assertTag(scene, found, "boxes", Categories.PROPS, "Box");
		assertTag(scene, found, "police car", Categories.VEHICLES, "Police car");
		assertTag(scene, found, "wedding dress", Categories.WARDROBE, "Wedding dress");
		assertTag(scene, found, "table", Categories.SET_DRESSING, "Table");
		Suggestion revolver = assertTag(scene, found, "REVOLVER", Categories.WEAPONS, "Revolver");
		assertEquals(0.85, revolver.confidence(), 1e-9, "one word 0.75, plus 0.1 in capitals");
		assertTag(scene, found, "trench coat", Categories.WARDROBE, "Coat");
		assertTag(scene, found, "cart", Categories.VEHICLES, "Horse-drawn carriage");
		assertTag(scene, found, "scarves", Categories.WARDROBE, "Scarf");
		assertNoTag(scene, found, "police car", Categories.PROPS);
		assertUntagged(scene, found, "begun"); // not "gun": whole words only
		assertUntagged(scene, found, "JOHN");
	}

	@Test
	void weaponsWinOverProps() {
		List<Para> scene = List.of(action("She hides the gun and the knife in a kitchen drawer, next to a toy gun "
				+ "and a kitchen knife."), action("两把枪和一把刀藏在菜刀旁边，桌上还有一把玩具枪。"));
		List<Suggestion> found = tagger.tag(scene);
		assertTag(scene, found, "gun", Categories.WEAPONS, "Gun");
		assertTag(scene, found, "knife", Categories.WEAPONS, "Knife");
		assertTag(scene, found, "toy gun", Categories.PROPS, "Toy gun");
		assertTag(scene, found, "kitchen knife", Categories.PROPS, "Kitchen knife");
		assertTag(scene, found, "枪", Categories.WEAPONS, "枪");
		assertTag(scene, found, "刀", Categories.WEAPONS, "刀");
		assertTag(scene, found, "菜刀", Categories.PROPS, "菜刀");
		assertTag(scene, found, "玩具枪", Categories.PROPS, "玩具枪");
	}

	@Test
	void soundsInCapitalsAmbiguityBlockersAndVerbs() {
		List<Para> scene = List.of(action("CRASH! The car crashes into the wall. BANG! A gunshot. The phone rings."),
				action("Mary fills a glass. The soldiers open fire. He fires again. Smoke fills the room."),
				action("He locks the door and flags down a taxi. Two locks hang on the gate."));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		assertTag(scene, found, "CRASH", Categories.SOUND, "Crash");
		assertTag(scene, found, "car crashes", Categories.STUNTS, "Car crash");
		assertTag(scene, found, "BANG", Categories.SOUND, "Bang");
		assertTag(scene, found, "gunshot", Categories.SOUND, "Gunshot");
		assertTag(scene, found, "phone rings", Categories.SOUND, "Phone rings");
		assertEquals(0.5, at(scene, found, "glass").confidence(), 1e-9, "ambiguous word");
		assertUntagged(scene, found, "open fire");
		assertUntagged(scene, found, "fires");
		assertTag(scene, found, "Smoke fills", Categories.SFX, "Smoke");
		assertUntagged(scene, found, "locks the");
		assertUntagged(scene, found, "flags");
		Suggestion locks = assertTag(scene, found, "locks", Categories.PROPS, "Lock");
		assertEquals(2, locks.paragraph());
	}

	@Test
	void onlyActionShotAndParentheticals() {
		List<Para> scene = List.of(cue("JOHN"), paren("(lighting a cigarette)"), dialogue("Where is the gun?"),
				new Para(Para.SHOT, "CLOSE ON the revolver."), new Para(Para.TRANSITION, "SMASH CUT TO:"));
		List<Suggestion> found = tagger.tag(scene);
		assertTag(scene, found, "cigarette", Categories.PROPS, "Cigarette");
		assertTag(scene, found, "revolver", Categories.WEAPONS, "Revolver");
		assertEquals(2, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void knownCharactersAreNotWords() {
		List<Para> scene = List.of(action("ROSE picks a rose. Rose smiles. 白马骑着一匹白马。"));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("ROSE", "白马")));
		assertTag(scene, found, "rose", Categories.GREENERY, "Rose");
		assertUntagged(scene, found, "ROSE");
		assertUntagged(scene, found, "Rose");
		assertUntagged(scene, found, "白马");
	}

	@Test
	void chineseLongestMatchWithoutOverlaps() {
		List<Para> scene = List.of(action("△大雨中，林晓撑着油纸伞走过，一辆警车和一辆三轮车停在路边。他马上骑马离开，穿着T恤和牛仔裤。"),
				action("△浓烟滚滚，远处传来枪声。桌上放着手机、香烟和一封信。"));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		Scenes.assertNoOverlaps(found);
		assertTag(scene, found, "大雨", Categories.SFX, "雨");
		assertTag(scene, found, "油纸伞", Categories.PROPS, "雨伞");
		assertTag(scene, found, "警车", Categories.VEHICLES, "警车");
		assertTag(scene, found, "三轮车", Categories.VEHICLES, "三轮车");
		assertTag(scene, found, "马", Categories.ANIMALS, "马");
		assertEquals(1, found.stream().filter(s -> s.category().equals(Categories.ANIMALS)).count(), "马上 is blocked");
		assertTag(scene, found, "T恤", Categories.WARDROBE, "T恤");
		assertTag(scene, found, "牛仔裤", Categories.WARDROBE, "牛仔裤");
		assertTag(scene, found, "浓烟", Categories.SFX, "烟雾");
		assertTag(scene, found, "枪声", Categories.SOUND, "枪声");
		assertTag(scene, found, "手机", Categories.PROPS, "手机");
		assertTag(scene, found, "香烟", Categories.PROPS, "香烟");
		assertTag(scene, found, "一封信", Categories.PROPS, "信件");
		assertEquals(0.85, at(scene, found, "三轮车").confidence(), 1e-9);
		assertEquals(0.75, at(scene, found, "警车").confidence(), 1e-9);
		assertEquals(0.6, at(scene, found, "马").confidence(), 1e-9);
	}

	@Test
	void customListsPrecedencePluralsAndWarnings() throws IOException {
		Lexicon l = new Lexicon();
		l.read(Categories.PROPS, new StringReader("# props\nGun|pistol\nBox\n?Glass\n|oops\n\nLeaf|leaves\n"), "p.txt");
		l.read(Categories.WEAPONS, new StringReader("Gun\n!gun show\n"), "w.txt");
		l.read(Categories.GREENERY, new StringReader("Glasses\n"), "g.txt");
		assertEquals(1, l.warnings().size(), l.warnings()::toString);
		assertTrue(l.warnings().get(0).contains("p.txt") && l.warnings().get(0).contains("5"), l.warnings()::toString);
		assertEquals(4, l.entries(Categories.PROPS, "en"));
		List<Para> scene = List.of(action("Guns, pistols, boxes, a glass, two glasses, leaves, a gun show."));
		List<Suggestion> found = new LexiconTagger(l).tag(scene);
		assertTag(scene, found, "Guns", Categories.WEAPONS, "Gun");
		assertTag(scene, found, "pistols", Categories.PROPS, "Gun");
		assertTag(scene, found, "boxes", Categories.PROPS, "Box");
		assertEquals(0.5, assertTag(scene, found, "glass", Categories.PROPS, "Glass").confidence(), 1e-9);
		assertTag(scene, found, "glasses", Categories.GREENERY, "Glasses"); // written beats a generated plural
		assertTag(scene, found, "leaves", Categories.PROPS, "Leaf");
		assertUntagged(scene, found, "gun show");
	}
}
