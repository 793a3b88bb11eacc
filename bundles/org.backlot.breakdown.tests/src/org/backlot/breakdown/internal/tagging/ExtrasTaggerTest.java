// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.backlot.breakdown.internal.tagging.Scenes.action;
import static org.backlot.breakdown.internal.tagging.Scenes.assertExtras;
import static org.backlot.breakdown.internal.tagging.Scenes.assertUntagged;
import static org.backlot.breakdown.internal.tagging.Scenes.assertWellFormed;
import static org.backlot.breakdown.internal.tagging.Scenes.at;
import static org.backlot.breakdown.internal.tagging.Scenes.castList;
import static org.backlot.breakdown.internal.tagging.Scenes.cue;
import static org.backlot.breakdown.internal.tagging.Scenes.dialogue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Extras with their head-counts, English and Chinese. */
class ExtrasTaggerTest {
	private static final String EXTRAS = Categories.EXTRAS, SILENT = Categories.EXTRAS_SILENT;
	private final ExtrasTagger tagger = new ExtrasTagger();

	@Test
	void englishCounts() {
		List<Para> scene = List.of(action("TWO POLICE OFFICERS guard the door while a crowd of 20 presses against the "
				+ "barrier. A dozen reporters shout questions."),
				action("30 EXTRAS fill the stands. Hundreds of fans wave scarves. Several diners look up."),
				action("A group of five tourists takes photos; three masked men wait in a van. Two of the guards "
						+ "laugh. About 50 protesters chant."),
				cue("JOHN"), dialogue("Twenty cops are coming!"));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		assertExtras(scene, found, "TWO POLICE OFFICERS", EXTRAS, "Police officers", 2);
		Suggestion crowd = assertExtras(scene, found, "a crowd of 20", EXTRAS, "Crowd", 20);
		assertEquals(EnglishExtras.EXACT, crowd.confidence());
		assertExtras(scene, found, "A dozen reporters", EXTRAS, "Reporters", 12);
		assertExtras(scene, found, "30 EXTRAS", EXTRAS, "Extras", 30);
		Suggestion fans = assertExtras(scene, found, "Hundreds of fans", EXTRAS, "Fans", 200);
		assertEquals(EnglishExtras.APPROXIMATE, fans.confidence());
		Suggestion diners = assertExtras(scene, found, "Several diners", EXTRAS, "Diners", 0);
		assertEquals(EnglishExtras.UNKNOWN, diners.confidence());
		assertExtras(scene, found, "A group of five tourists", EXTRAS, "Tourists", 5);
		assertExtras(scene, found, "three masked men", EXTRAS, "Masked men", 3);
		assertExtras(scene, found, "Two of the guards", EXTRAS, "Guards", 2);
		assertExtras(scene, found, "About 50 protesters", EXTRAS, "Protesters", 50);
		assertUntagged(scene, found, "cops"); // dialogue is not tagged
		assertEquals(10, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void silentBitsAndBareCrowds() {
		List<Para> scene = List.of(
				action("A WAITER brings the menu. An OLD MAN (70s) feeds pigeons. REPORTERS swarm the car."),
				action("The crowd gathers. A REVOLVER lies on the table. BANG! The BARTENDER pours a drink."),
				action("A POLICE CAR pulls up. ONE GUARD stays behind. The SHERIFF nods. A waiter passes."));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("SHERIFF")));
		assertWellFormed(scene, found);
		Suggestion waiter = assertExtras(scene, found, "WAITER", SILENT, "Waiter", 1);
		assertEquals(EnglishExtras.BIT, waiter.confidence());
		assertExtras(scene, found, "OLD MAN", SILENT, "Old man", 1);
		assertExtras(scene, found, "REPORTERS", EXTRAS, "Reporters", 0);
		assertExtras(scene, found, "The crowd", EXTRAS, "Crowd", 0);
		assertExtras(scene, found, "BARTENDER", SILENT, "Bartender", 1);
		assertExtras(scene, found, "ONE GUARD", SILENT, "Guard", 1);
		assertUntagged(scene, found, "REVOLVER");
		assertUntagged(scene, found, "BANG");
		assertUntagged(scene, found, "POLICE");
		assertUntagged(scene, found, "SHERIFF"); // a speaking character: cast, not extras
		assertUntagged(scene, found, "A waiter passes"); // lower case without a count: not tagged
		assertEquals(6, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void chineseCounts() {
		List<Para> scene = List.of(castList("人物：林晓、陈默、群演（路人）20人"),
				action("△二十名群众演员在茶馆门口避雨。路人甲乙丙匆匆走过。十几个村民围了上来。"),
				action("△数十名士兵列队，一群记者举着相机，两三个孩子在街角玩耍。一名警察走过。"),
				action("△约50名身穿制服的工人下班。茶馆里坐着二十多位茶客。人群散去。"),
				action("△第一个路人停下。三个月后，路人一惊。他马上跑开。"));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		Suggestion passers = assertExtras(scene, found, "群演（路人）20人", EXTRAS, "路人", 20);
		assertEquals(EnglishExtras.EXACT, passers.confidence());
		assertExtras(scene, found, "二十名群众演员", EXTRAS, "群众演员", 20);
		assertExtras(scene, found, "路人甲乙丙", EXTRAS, "路人", 3);
		Suggestion villagers = assertExtras(scene, found, "十几个村民", EXTRAS, "村民", 15);
		assertEquals(EnglishExtras.APPROXIMATE, villagers.confidence());
		assertExtras(scene, found, "数十名士兵", EXTRAS, "士兵", 30);
		Suggestion press = assertExtras(scene, found, "一群记者", EXTRAS, "记者", 0);
		assertEquals(EnglishExtras.UNKNOWN, press.confidence());
		assertExtras(scene, found, "两三个孩子", EXTRAS, "孩子", 3);
		assertExtras(scene, found, "一名警察", SILENT, "警察", 1);
		assertExtras(scene, found, "约50名身穿制服的工人", EXTRAS, "工人", 50);
		assertExtras(scene, found, "二十多位茶客", EXTRAS, "茶客", 25);
		assertExtras(scene, found, "人群", EXTRAS, "人群", 0);
		assertUntagged(scene, found, "第一个");
		assertUntagged(scene, found, "三个月");
		assertUntagged(scene, found, "路人一");
		assertUntagged(scene, found, "林晓");
		// "第一个路人", "路人一惊": a passer-by is there, but 第一 and 一惊 are no counts
		assertEquals(List.of(0, 0), found.stream().filter(s -> s.paragraph() == 4).map(Suggestion::count).toList());
		assertEquals(13, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void chineseSilentBitsAndSpeakingRoles() {
		List<Para> scene = List.of(castList("人物：林晓（28岁，记者）、警察甲、士兵（日军）30人、路人若干、保安两名"),
				action("△警察甲走进来，路人乙回头看了一眼，村民们议论纷纷。"));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("警察甲")));
		assertWellFormed(scene, found);
		assertUntagged(scene, found, "警察甲"); // speaks: cast
		assertExtras(scene, found, "士兵（日军）30人", EXTRAS, "士兵", 30);
		assertExtras(scene, found, "路人若干", EXTRAS, "路人", 0);
		assertExtras(scene, found, "路人乙", SILENT, "路人", 1);
		assertExtras(scene, found, "保安两名", EXTRAS, "保安", 2);
		assertUntagged(scene, found, "记者"); // describes 林晓
		assertEquals(4, found.size(), () -> Scenes.dump(scene, found));
		assertEquals(1, at(scene, found, "路人乙").paragraph());
	}

	@Test
	void brokenInputDoesNotThrow() {
		List<Para> scene = List.of(action("二十"), action("二十名"), action("群演（"), action("群演（路人"),
				action("a crowd of"), action("TWO"), action("hundreds of"), action("路人甲、"), castList("群演："),
				action("999999999999 extras"), action("约"));
		assertWellFormed(scene, tagger.tag(scene));
	}
}
