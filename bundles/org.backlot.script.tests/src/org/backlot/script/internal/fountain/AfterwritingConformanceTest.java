// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.internal.SharedTestData;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * afterwriting's sample scripts (shared/testdata/screenplays/afterwriting):
 * no expected output comes with them, so each gives the counts and facts
 * read off the file. The feature tour has a note spanning a blank line,
 * which fountain.io does not allow: it stays text, with a warning.
 */
class AfterwritingConformanceTest {
	private static final int CHECKS = 5;
	private static final AtomicInteger PASSED = new AtomicInteger();

	private static ParsedScript parse(String file) throws IOException, ScriptFormatException {
		return Fixtures.parse(SharedTestData.screenplays("afterwriting").resolve(file));
	}

	@AfterAll
	static void summary() {
		System.out.println("conformance afterwriting: " + PASSED.get() + "/" + CHECKS
				+ " checks pass (test, client, cyrillic, jp, sc and the 3 FDX twins; 0 deliberate differences)");
	}

	@Test
	void featureTour() throws Exception {
		for (String file : List.of("test.fountain", "client.fountain")) {
			ParsedScript p = parse(file);
			assertEquals(List.of("title", "credit", "author", "source", "notes", "date", "contact", "copyright"),
					p.titlePage().stream().map(t -> t.key()).toList(), file);
			assertEquals("Screenplay title\nSecond line", p.title("title"));
			assertEquals("Author 1,\nAuthor 2 & Author 3", p.title("author"));
			assertEquals("e-mail: email@email.com\nphone: +12 34 567 89", p.title("contact"));
			boolean test = file.equals("test.fountain");
			assertEquals(11, Fixtures.of(p, ElementType.HEADING).size(), file);
			List<String> cues = Fixtures.texts(p, ElementType.CHARACTER);
			assertTrue(cues.containsAll(List.of("HERO 1", "HERO 2", "POLISH", "GERMAN", "NORWEGIAN", "SPANISH", "McCABE")), file);
			assertEquals(List.of("CHARACTER^:HERO 2", "DIALOGUE^:Blah!"),
					p.elements().stream().filter(ScriptElement::dual).map(Fixtures::describe).toList());
			assertTrue(p.elements().stream().noneMatch(e -> e.text().contains("Ignored") || e.text().contains("ignored")), file);
			assertTrue(Fixtures.texts(p, ElementType.ACTION).contains("Action. Action. Action. Action."), file);
			assertTrue(Fixtures.texts(p, ElementType.NOTE).contains("(inline note)"), file);
			assertEquals(List.of("Happy birthday to you!"), Fixtures.texts(p, ElementType.LYRIC));
			assertTrue(Fixtures.texts(p, ElementType.HEADING).contains("WNĘTRZE. FORCED ELEMENTS - NIGHT"), file);
			assertEquals(1, p.warnings().size(), file + ": the note over a blank line " + p.warnings());
			assertEquals(NLS.bind(Messages.unterminatedNote, Integer.valueOf(test ? 59 : 54)), p.warnings().get(0));
			if (test) {
				assertEquals("NOTE:Script note.\n- blah blah blah\n- blah blah blah", Fixtures.describe(p.elements().get(0)));
				assertTrue(Fixtures.texts(p, ElementType.ACTION).contains("What the f*ck! Escape_escape*escape."));
			} else {
				assertTrue(cues.containsAll(List.of("$ANTAGONIST", "$BOND.LAST")));
			}
		}
		PASSED.incrementAndGet();
	}

	@Test
	void cyrillic() throws Exception {
		ParsedScript p = parse("cyrillic.fountain");
		assertEquals("Лорем ипсум", p.title("title"));
		assertEquals(List.of("ИНТ. КВАРТИРА МАШИ – СТОЛОВАЯ – ДЕНЬ", "ИНТ. КВАРТИРА МАШИ – КУХНЯ – ДЕНЬ"),
				Fixtures.texts(p, ElementType.HEADING));
		assertEquals(List.of("МАШA"), Fixtures.texts(p, ElementType.CHARACTER));
		assertEquals(List.of("(солута)"), Fixtures.texts(p, ElementType.PARENTHETICAL));
		assertEquals(2, Fixtures.of(p, ElementType.DIALOGUE).size());
		assertEquals(4, Fixtures.of(p, ElementType.ACTION).size());
		PASSED.incrementAndGet();
	}

	@Test
	void japanese() throws Exception {
		ParsedScript p = parse("jp.fountain");
		assertEquals("映画", p.title("title"));
		assertEquals("匿名", p.title("author"));
		assertEquals(List.of("INT。 病院-日"), Fixtures.texts(p, ElementType.HEADING));
		assertEquals(List.of("ジョン"), Fixtures.texts(p, ElementType.CHARACTER));
		assertEquals(List.of("（失われた）"), Fixtures.texts(p, ElementType.PARENTHETICAL));
		assertEquals(List.of("この場所は何ですか？"), Fixtures.texts(p, ElementType.DIALOGUE));
		assertTrue(Fixtures.texts(p, ElementType.ACTION).contains("ジョン（20）が入院。"));
		PASSED.incrementAndGet();
	}

	@Test
	void simplifiedChinese() throws Exception {
		ParsedScript p = parse("sc.fountain");
		assertEquals("电影", p.title("title"));
		assertEquals(List.of("INT。 医院-天"), Fixtures.texts(p, ElementType.HEADING));
		assertEquals(List.of("约翰"), Fixtures.texts(p, ElementType.CHARACTER));
		assertEquals(List.of("这是什么地方？"), Fixtures.texts(p, ElementType.DIALOGUE));
		assertEquals(List.of("淡入：", "约翰（20）进入医院。", "然后什么也没有发生。 接下来的一个小时，约翰静静地站着不动。", "淡出。"),
				Fixtures.texts(p, ElementType.ACTION));
		PASSED.incrementAndGet();
	}

	@Test
	void fdxTwins() throws Exception {
		assertEquals(List.of("HEADING:INT. SCENE HEADING - DAY", "NOTE:Note in scene heading."),
				Fixtures.describe(parse("fdx/header_note.fountain")));
		assertEquals(List.of("ACTION:Action. Action.", "NOTE:Note in action. Note. Note. Note."),
				Fixtures.describe(parse("fdx/note.fountain")));
		assertEquals(List.of("HEADING:INT. SCENE HEADING - DAY", "SYNOPSIS:Here is the synopsis."),
				Fixtures.describe(parse("fdx/synopsis.fountain")));
		PASSED.incrementAndGet();
	}
}
