// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.backlot.breakdown.internal.tagging.Scenes.action;
import static org.backlot.breakdown.internal.tagging.Scenes.assertNoTag;
import static org.backlot.breakdown.internal.tagging.Scenes.assertTag;
import static org.backlot.breakdown.internal.tagging.Scenes.assertWellFormed;
import static org.backlot.breakdown.internal.tagging.Scenes.at;
import static org.backlot.breakdown.internal.tagging.Scenes.castList;
import static org.backlot.breakdown.internal.tagging.Scenes.cue;
import static org.backlot.breakdown.internal.tagging.Scenes.dialogue;
import static org.backlot.breakdown.internal.tagging.Scenes.heading;
import static org.backlot.breakdown.internal.tagging.Scenes.paren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Speaking cast from cues, cast lists, and names in action. */
class CastTaggerTest {
	private static final String CAST = Categories.CAST;
	private final CastTagger tagger = new CastTagger();

	@Test
	void cuesGiveSpeakingCastInTitleCase() {
		List<Para> scene = List.of(heading("INT. GARAGE - NIGHT"), cue("JOHN (V.O.)"), dialogue("Open it."),
				cue("MARY (CONT’D)"), dialogue("No."), cue("  BIG TONY (O.S.) ^"), dialogue("Hey!"),
				cue("DR. O'BRIEN (CONT'D)"), dialogue("Stop."), cue("BOB & ALICE"), dialogue("Together!"));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		assertEquals(1, at(scene, found, "JOHN").paragraph());
		assertTag(scene, found, "JOHN", CAST, "John");
		assertTag(scene, found, "MARY", CAST, "Mary");
		assertTag(scene, found, "BIG TONY", CAST, "Big Tony");
		assertTag(scene, found, "DR. O'BRIEN", CAST, "Dr. O'Brien");
		assertTag(scene, found, "BOB", CAST, "Bob");
		assertTag(scene, found, "ALICE", CAST, "Alice");
		assertEquals(6, found.size(), () -> Scenes.dump(scene, found));
		assertEquals(CastTagger.CUE, at(scene, found, "JOHN").confidence());
	}

	@Test
	void knownCharactersInActionCapitalsAndTitleCase() {
		List<Para> scene = List.of(heading("EXT. PIER - DAWN"),
				action("JOHN waits by the water. Fog. SARAH JENKINS (40s) arrives with a REVOLVER."),
				action("BANG! A gunshot echoes. John ducks behind the crates. KA-BOOM!"),
				action("Will he make it? Sarah raises the gun."));
		TagContext context = TagContext.of(Set.of("JOHN", "SARAH JENKINS (V.O.)", "WILL"));
		List<Suggestion> found = tagger.tag(scene, context);
		assertWellFormed(scene, found);
		Suggestion john = at(scene, found, 1, "JOHN");
		assertEquals("John", john.name());
		assertEquals(CastTagger.CAPITALS, john.confidence());
		assertTag(scene, found, "SARAH JENKINS", CAST, "Sarah Jenkins");
		Suggestion titleCase = at(scene, found, 2, "John");
		assertEquals("John", titleCase.name());
		assertEquals(CastTagger.TITLE_CASE, titleCase.confidence());
		assertNoTag(scene, found, "BANG", CAST);
		assertNoTag(scene, found, "KA-BOOM", CAST);
		assertNoTag(scene, found, "BOOM", CAST);
		assertNoTag(scene, found, "REVOLVER", CAST);
		assertNoTag(scene, found, "Will", CAST);
		assertNoTag(scene, found, "Sarah", CAST); // "Sarah" alone is not the known "SARAH JENKINS"
	}

	@Test
	void newNameFollowedByAnAge() {
		List<Para> scene = List.of(action("MARGARET WU (60s), elegant, pours tea. TOMMY, 8, hides under the table."),
				action("A WAITER (20s) brings the bill. THE STRANGER (40s) watches. The DOOR (old) creaks."),
				action("CLOSE ON: the CLOCK. 9:15. A SIGN reads (in neon) OPEN 24 HOURS."));
		List<Suggestion> found = tagger.tag(scene);
		assertWellFormed(scene, found);
		Suggestion margaret = assertTag(scene, found, "MARGARET WU", CAST, "Margaret Wu");
		assertEquals(CastTagger.AGED, margaret.confidence());
		assertTag(scene, found, "TOMMY", CAST, "Tommy");
		assertTag(scene, found, "STRANGER", CAST, "Stranger");
		assertNoTag(scene, found, "WAITER", CAST); // a silent bit, left to the extras tagger
		assertNoTag(scene, found, "DOOR", CAST);
		assertNoTag(scene, found, "CLOCK", CAST);
		assertNoTag(scene, found, "SIGN", CAST);
		assertNoTag(scene, found, "OPEN", CAST);
		assertEquals(3, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void parentheticalsAndDialogue() {
		List<Para> scene = List.of(cue("JOHN"), paren("(to MARY)"), dialogue("MARY, listen to me."));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("MARY")));
		assertEquals(1, at(scene, found, "MARY").paragraph(), "(to MARY): she is in the scene");
		assertEquals(2, found.size(), "dialogue is not tagged: " + Scenes.dump(scene, found));
	}

	@Test
	void chineseCastListAndKnownNames() {
		List<Para> scene = List.of(heading("第1场  日  外  永川老街"), castList("人物：林晓、陈默、群演（路人）20人"),
				action("△林晓撑着油纸伞走过石板路，陈默远远跟在后面。"), cue("林晓（画外音）"), dialogue("你来了。"),
				action("△老周（60岁）推着三轮车经过，一个老人（70岁）坐在门口。王小明跑过。"));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("林晓", "陈默", "王小明")));
		assertWellFormed(scene, found);
		assertEquals(CastTagger.CAST_LIST, at(scene, found, 1, "林晓").confidence());
		at(scene, found, 1, "陈默");
		assertNoTag(scene, found, "群演", CAST);
		assertNoTag(scene, found, "路人", CAST);
		assertEquals(CastTagger.CHINESE, at(scene, found, 2, "林晓").confidence());
		at(scene, found, 2, "陈默");
		assertEquals(CastTagger.CUE, at(scene, found, 3, "林晓").confidence());
		assertEquals("林晓", at(scene, found, 3, "林晓").name());
		assertTag(scene, found, "老周", CAST, "老周");
		assertNoTag(scene, found, "老人", CAST);
		at(scene, found, 5, "王小明");
		assertEquals(7, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void castListsWithSpacesAndQualifiers() {
		List<Para> scene = List.of(castList("人物：林晓（28岁，记者） 陈默 警察甲、群众若干、路人（若干）、保安两名、张大夫"),
				castList("CAST: JOHN SMITH, MARY, 20 EXTRAS, TWO GUARDS"));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("警察甲")));
		assertWellFormed(scene, found);
		assertTag(scene, found, "林晓", CAST, "林晓");
		assertTag(scene, found, "陈默", CAST, "陈默");
		assertTag(scene, found, "警察甲", CAST, "警察甲"); // starts with a people word, but speaks
		assertTag(scene, found, "张大夫", CAST, "张大夫");
		assertNoTag(scene, found, "保安", CAST);
		assertTag(scene, found, "JOHN SMITH", CAST, "John Smith");
		assertTag(scene, found, "MARY", CAST, "Mary");
		assertTrue(found.stream().noneMatch(s -> s.name().contains("群众") || s.name().contains("路人")
				|| s.name().contains("Extras") || s.name().contains("Guards")), () -> Scenes.dump(scene, found));
		assertEquals(6, found.size(), () -> Scenes.dump(scene, found));
	}

	@Test
	void brokenInputDoesNotThrow() {
		List<Para> scene = List.of(new Para(null, null), cue(""), cue("()"), cue("^"), castList("人物："),
				castList("（（（"), action("（"), action("JOHN ("), action("林晓（"));
		List<Suggestion> found = tagger.tag(scene, TagContext.of(Set.of("JOHN", "林晓", "", "(V.O.)")));
		assertWellFormed(scene, found);
	}
}
