// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.breakdown.internal.tagging.BuiltInTagger;
import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.SceneHeading;
import org.backlot.script.api.SceneHeadings;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.chinese.ChineseImporter;
import org.backlot.script.internal.fountain.FountainImporter;
import org.junit.jupiter.api.Test;

/** The benchmark's synthetic screenplay: the same for a seed, feature length, read back unchanged, work for the taggers. */
class SyntheticScreenplayTest {
	private static final ParsedScript ENGLISH = SyntheticScreenplay.english(SyntheticScreenplay.DEFAULT_PAGES, SyntheticScreenplay.SEED);
	private static final ParsedScript CHINESE = SyntheticScreenplay.chinese(SyntheticScreenplay.DEFAULT_PAGES, SyntheticScreenplay.SEED);

	private static List<String> shape(ParsedScript s) {
		List<String> result = new ArrayList<>();
		for (ScriptElement e : s.elements()) {
			result.add(e.type() + (e.dual() ? "^" : "") + (e.sceneNumber() == null ? "" : " #" + e.sceneNumber()) + " " + e.text());
		}
		return result;
	}

	private static long count(ParsedScript s, ElementType type) {
		return s.elements().stream().filter(e -> e.type() == type).count();
	}

	@Test
	void theSameSeedGivesTheSameScript() {
		ParsedScript again = SyntheticScreenplay.english(SyntheticScreenplay.DEFAULT_PAGES, SyntheticScreenplay.SEED);
		assertEquals(SyntheticScreenplay.fountain(ENGLISH), SyntheticScreenplay.fountain(again));
		assertTrue(!SyntheticScreenplay.fountain(ENGLISH).equals(SyntheticScreenplay.fountain(SyntheticScreenplay.english(120, 7))));
	}

	@Test
	void bothLanguagesAreFeatureLength() {
		for (ParsedScript s : List.of(ENGLISH, CHINESE)) {
			double pages = SyntheticScreenplay.pages(s);
			long scenes = count(s, ElementType.HEADING);
			assertTrue(pages >= 120 && pages < 123, "pages " + pages);
			assertTrue(scenes >= 95 && scenes <= 125, "scenes " + scenes);
			Set<String> speakers = s.elements().stream().filter(e -> e.type() == ElementType.CHARACTER)
					.map(e -> e.text().replaceAll("\\s*\\(.*$", "")).collect(Collectors.toCollection(TreeSet::new));
			assertEquals(12, speakers.size(), speakers.toString());
			Set<String> kinds = new TreeSet<>();
			for (ScriptElement e : s.elements()) {
				if (e.type() == ElementType.HEADING) {
					SceneHeading h = SceneHeadings.parse(e.text());
					kinds.add(h.intExt() + " " + h.time());
				}
			}
			assertTrue(kinds.containsAll(List.of("INT DAY", "INT NIGHT", "EXT DAY", "EXT NIGHT")), kinds.toString());
			assertTrue(count(s, ElementType.PARENTHETICAL) > 100 && count(s, ElementType.TRANSITION) > 10);
			System.out.println("synthetic " + s.title("title") + ": " + Math.round(pages * 10) / 10.0 + " pages, " + scenes + " scenes, "
					+ s.elements().size() + " elements");
		}
		assertTrue(ENGLISH.elements().stream().filter(ScriptElement::dual).count() >= 8, "dual dialogue");
		assertEquals(count(CHINESE, ElementType.HEADING), count(CHINESE, ElementType.CAST_LIST));
	}

	@Test
	void fountainReadsBackTheSameElements() throws Exception {
		ParsedScript back = new FountainImporter().read(ScriptSource.ofText("s.fountain", SyntheticScreenplay.fountain(ENGLISH)));
		assertEquals(shape(ENGLISH), shape(back));
		assertEquals(ENGLISH.titlePage(), back.titlePage());
	}

	@Test
	void chineseTextReadsBackTheSameElements() throws Exception {
		ParsedScript back = new ChineseImporter().read(ScriptSource.ofText("s.txt", SyntheticScreenplay.chineseText(CHINESE)));
		assertEquals(shape(CHINESE), shape(back));
		assertEquals(CHINESE.title("title"), back.title("title"));
		assertTrue(back.warnings().isEmpty(), back.warnings().toString());
	}

	@Test
	void theTaggersFindEveryKindOfElement() {
		for (ParsedScript s : List.of(ENGLISH, CHINESE)) {
			Production p = NewProduction.create(null, null);
			ScriptImport.Report r = ScriptImport.apply(p, s, "synthetic", new Taggers(List.of(new BuiltInTagger())));
			Map<String, Integer> byCategory = new TreeMap<>();
			for (Element e : p.getBreakdown().getElements()) {
				byCategory.merge(e.getCategory().getKey(), 1, Integer::sum);
			}
			for (String key : List.of("cast", "props", "vehicles", "weapons", "extras", "sfx", "wardrobe", "animals")) {
				assertTrue(byCategory.getOrDefault(key, 0) > 0, key + " in " + byCategory);
			}
			assertTrue(r.suggestions() > 2000, "suggestions " + r.suggestions());
			assertTrue(!p.getBreakdown().getExtras().isEmpty(), "extras with head-counts");
			System.out.println("synthetic " + s.title("title") + " tagged: " + r.suggestions() + " tags, " + r.elements() + " elements " + byCategory);
		}
	}
}
