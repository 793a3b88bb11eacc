// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers for the tagger tests: paragraphs, and finding a suggestion by the text it covers. */
final class Scenes {
	private Scenes() {
	}

	static Para heading(String text) {
		return new Para(Para.HEADING, text);
	}

	static Para action(String text) {
		return new Para(Para.ACTION, text);
	}

	static Para cue(String text) {
		return new Para(Para.CHARACTER, text);
	}

	static Para dialogue(String text) {
		return new Para(Para.DIALOGUE, text);
	}

	static Para paren(String text) {
		return new Para(Para.PARENTHETICAL, text);
	}

	static Para castList(String text) {
		return new Para(Para.CAST_LIST, text);
	}

	/** The text a suggestion covers. */
	static String mention(List<Para> scene, Suggestion s) {
		return scene.get(s.paragraph()).text().substring(s.start(), s.end());
	}

	/** The one suggestion covering exactly this text (in any paragraph); fails when none or several. */
	static Suggestion at(List<Para> scene, List<Suggestion> found, String mention) {
		List<Suggestion> hits = found.stream().filter(s -> mention(scene, s).equals(mention)).toList();
		if (hits.size() != 1) {
			fail("expected one suggestion on \"" + mention + "\", got " + hits.size() + " in\n" + dump(scene, found));
		}
		return hits.get(0);
	}

	/** The one suggestion on this text in paragraph p. */
	static Suggestion at(List<Para> scene, List<Suggestion> found, int p, String mention) {
		List<Suggestion> hits = found.stream().filter(s -> s.paragraph() == p && mention(scene, s).equals(mention))
				.toList();
		if (hits.size() != 1) {
			fail("expected one suggestion on \"" + mention + "\" in paragraph " + p + ", got " + hits.size() + " in\n"
					+ dump(scene, found));
		}
		return hits.get(0);
	}

	/** Asserts that a suggestion on this text has the category, name (and count). */
	static Suggestion assertTag(List<Para> scene, List<Suggestion> found, String mention, String category,
			String name) {
		Suggestion s = at(scene, found, mention);
		assertEquals(category, s.category(), () -> "category of \"" + mention + "\"\n" + dump(scene, found));
		assertEquals(name, s.name(), () -> "name of \"" + mention + "\"");
		return s;
	}

	static Suggestion assertExtras(List<Para> scene, List<Suggestion> found, String mention, String category,
			String name, int count) {
		Suggestion s = assertTag(scene, found, mention, category, name);
		assertEquals(count, s.count(), () -> "count of \"" + mention + "\"");
		return s;
	}

	/** Asserts that nothing of the category covers text containing this string. */
	static void assertNoTag(List<Para> scene, List<Suggestion> found, String text, String category) {
		for (Suggestion s : found) {
			if (s.category().equals(category) && mention(scene, s).contains(text)) {
				fail("unexpected " + category + " on \"" + mention(scene, s) + "\"\n" + dump(scene, found));
			}
		}
	}

	/** Asserts that nothing at all covers text containing this string. */
	static void assertUntagged(List<Para> scene, List<Suggestion> found, String text) {
		for (Suggestion s : found) {
			if (mention(scene, s).contains(text)) {
				fail("unexpected " + s.category() + " on \"" + mention(scene, s) + "\"\n" + dump(scene, found));
			}
		}
	}

	/** Every span is inside its paragraph, non-empty, with a known category and a name. */
	static void assertWellFormed(List<Para> scene, List<Suggestion> found) {
		for (Suggestion s : found) {
			assertTrue(s.paragraph() >= 0 && s.paragraph() < scene.size(), s::toString);
			assertTrue(s.start() >= 0 && s.length() > 0 && s.end() <= scene.get(s.paragraph()).text().length(),
					s::toString);
			assertTrue(Categories.PRECEDENCE.contains(s.category()), s::toString);
			assertTrue(!s.name().isBlank(), s::toString);
			assertTrue(s.confidence() > 0 && s.confidence() <= 1, s::toString);
		}
	}

	/** No two spans overlap. */
	static void assertNoOverlaps(List<Suggestion> found) {
		for (int i = 0; i < found.size(); i++) {
			for (int j = i + 1; j < found.size(); j++) {
				Suggestion a = found.get(i);
				Suggestion b = found.get(j);
				assertTrue(!a.overlaps(b), () -> "overlap: " + a + " and " + b);
			}
		}
	}

	static String dump(List<Para> scene, List<Suggestion> found) {
		return found.stream().map(s -> "  " + s.paragraph() + " " + s.category() + " " + s.name() + " "
				+ s.confidence() + " " + s.count() + " [" + mention(scene, s) + "]").collect(Collectors.joining("\n"));
	}
}
