// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;

/**
 * The reference implementation's spec files (shared/testdata/screenplays/nyousefi)
 * come without expected output: each file parses, and each gives the elements
 * read off the file itself. One deliberate difference: Simple.fountain's last
 * line "CUT TO: " (with a trailing blank) is a transition for us, as the
 * writer sees it; its note says the reference reads it as action.
 */
class NyousefiConformanceTest {
	private static Path dir() {
		return SharedTestData.screenplays("nyousefi");
	}

	private static ParsedScript parse(String file) throws IOException, ScriptFormatException {
		return Fixtures.parse(dir().resolve(file));
	}

	@Test
	void everyFileParses() throws IOException, ScriptFormatException {
		List<Path> files;
		try (Stream<Path> s = Files.list(dir())) {
			files = s.filter(p -> p.toString().endsWith(".fountain")).sorted().toList();
		}
		assertEquals(16, files.size(), "one test method per file below");
		for (Path f : files) {
			ParsedScript p = Fixtures.parse(f);
			assertFalse(p.elements().isEmpty(), f + " gave no elements");
			assertTrue(p.warnings().isEmpty(), f + ": " + p.warnings());
		}
		System.out.println("conformance nyousefi: " + files.size() + "/" + files.size()
				+ " files parse; per-file assertions in NyousefiConformanceTest (1 deliberate difference: Simple.fountain 'CUT TO: ')");
	}

	@Test
	void boneyard() throws Exception {
		assertEquals(List.of("ACTION:A line of action.", "ACTION:This is an boneyard."), Fixtures.describe(parse("Boneyard.fountain")));
	}

	@Test
	void centeredText() throws Exception {
		assertEquals(List.of("CENTERED:Centered", "TRANSITION:Not centered", "CENTERED:No space", "CENTERED:Lots of Space"),
				Fixtures.describe(parse("CenteredText.fountain")));
	}

	@Test
	void dialogue() throws Exception {
		ParsedScript p = parse("Dialogue.fountain");
		assertEquals(List.of("ADAM", "EVE (O.S.)", "ADAM", "EVE", "EVE (cont'd)", "ADAM", "EVE", "ADAM", "EVE", "R2D2", "ADAM", "EVE"),
				Fixtures.texts(p, ElementType.CHARACTER));
		assertEquals(List.of("(nervous)", "(kissing him)", "(This is a valid character cue.)", "(feeling cocky)"),
				Fixtures.texts(p, ElementType.PARENTHETICAL));
		// "23 (O.S.)": a name needs a letter
		assertEquals(List.of("23 (O.S.)\nCharacter name must include a letter"), Fixtures.texts(p, ElementType.ACTION));
		List<String> dialogue = Fixtures.texts(p, ElementType.DIALOGUE);
		assertTrue(dialogue.contains("That's great.\nI was really worried you wouldn't\nlike screenwriting."));
		assertTrue(dialogue.contains("That was really weird.\nI can be weird to. Here's\na space in the dialogue\nblock\n\n"
				+ "for absolutely no good\nreason."));
		assertEquals("Well, then I'll just indent!", dialogue.get(dialogue.size() - 1));
		assertEquals(List.of("CHARACTER^:EVE", "DIALOGUE^:You're so stupid."),
				p.elements().stream().filter(ScriptElement::dual).map(Fixtures::describe).toList());
	}

	@Test
	void dualDialogue() throws Exception {
		assertEquals(List.of("CHARACTER:ADAM", "DIALOGUE:Yes.", "CHARACTER^:EVE", "DIALOGUE^:No."),
				Fixtures.describe(parse("DualDialogue.fountain")));
	}

	@Test
	void forcedElements() throws Exception {
		assertEquals(List.of("ACTION:BANG\nBANG\nBANG", "CHARACTER:McDUCK", "DIALOGUE:I'm vegan.", "CHARACTER:SINGER",
				"LYRIC:These are the songs\nThat I sing."), Fixtures.describe(parse("ForcedElements.fountain")));
	}

	@Test
	void indenting() throws Exception {
		ParsedScript p = parse("Indenting.fountain");
		assertEquals(List.of("TRANSITION:CUT TO:", "HEADING:INT. GARAGE - DAY"), Fixtures.describe(p).subList(0, 2));
		assertEquals(List.of("BRICK", "STEEL"), Fixtures.texts(p, ElementType.CHARACTER));
		assertEquals(List.of("(starting the engine)"), Fixtures.texts(p, ElementType.PARENTHETICAL));
		assertEquals(List.of("This is everybody we've ever put away.", "So much for retirement!"), Fixtures.texts(p, ElementType.DIALOGUE));
	}

	@Test
	void multilineAction() throws Exception {
		assertEquals(List.of("A normal line of action.",
				"This is a multi-line block of Action.\nMade famous by the great\nWALTER HILL\nbut used by many other writers.",
				"A normal line of action."), Fixtures.texts(parse("MultilineAction.fountain"), ElementType.ACTION));
	}

	@Test
	void notes() throws Exception {
		assertEquals(List.of("ACTION:A line.", "NOTE:A note.", "NOTE:This line spans\nmultiple lines.", "ACTION:This is an note.",
				"NOTE:internal"), Fixtures.describe(parse("Notes.fountain")));
	}

	@Test
	void pageBreaks() throws Exception {
		ParsedScript p = parse("PageBreaks.fountain");
		assertEquals(2, Fixtures.of(p, ElementType.PAGE_BREAK).size());
		assertEquals(List.of("ACTION:Page one.", "PAGE_BREAK:", "ACTION:Page two.", "PAGE_BREAK:", "ACTION:Page three."),
				Fixtures.describe(p));
	}

	@Test
	void sceneHeaders() throws Exception {
		ParsedScript p = parse("SceneHeaders.fountain");
		List<String> headings = Fixtures.texts(p, ElementType.HEADING);
		assertEquals(List.of("INT. HOUSE - DAY", "EXT. HOUSE - DAY", "INT HOUSE DAY", "EXT HOUSE DAY", "INT/EXT. HOUSE - DAY",
				"INT./EXT. HOUSE - DAY", "I/E. HOUSE - DAY", "I./E. HOUSE - DAY", "I/E HOUSE DAY", "INT - HOUSE - DAY",
				"EXT - HOUSE - DAY", "EST. HOUSE - DAY", "EST HOUSE DAY", "INT. HOUSE - DAY (1979)", "KITCHEN", "INT. HOUSE - DAY",
				"EXT. HOUSE - DAY", "int. house - day"), headings);
		assertEquals(List.of("... not a scene header.", "ESTABLISHING"), Fixtures.texts(p, ElementType.ACTION));
	}

	@Test
	void sceneNumbers() throws Exception {
		ParsedScript p = parse("SceneNumbers.fountain");
		List<ScriptElement> headings = Fixtures.of(p, ElementType.HEADING);
		assertEquals(List.of("1", "1A", "1a", "A1", "I-1-A", "1.", "110A"), headings.stream().map(ScriptElement::sceneNumber).toList());
		assertEquals("INT. HOUSE - DAY - FLASHBACK (1944)", headings.get(6).text());
		assertTrue(headings.stream().allMatch(h -> !h.text().contains("#")));
	}

	@Test
	void sectionHeaders() throws Exception {
		assertEquals(List.of("SECTION(1):Act One", "SECTION(1):Act Two", "SECTION(1):ACT THREE", "SECTION(1):ACT FOUR", "SECTION(1):5",
				"SECTION(2):Level 2", "SECTION(3):Level 3"), Fixtures.describe(parse("SectionHeaders.fountain")));
	}

	@Test
	void sectionsComplex() throws Exception {
		assertEquals(List.of("SECTION(1):Act 1", "SYNOPSIS:Synopsis 1", "HEADING:INT. LOCATION - DAY", "SECTION(1):Act 2",
				"SECTION(2):Sequence 1", "HEADING:INT. LOCATION - DAY"), Fixtures.describe(parse("Sections-Complex.fountain")));
	}

	@Test
	void simple() throws Exception {
		ParsedScript p = parse("Simple.fountain");
		assertEquals("A Simple Script", p.title("title"));
		assertEquals("Nima Yousefi", p.title("author"));
		assertEquals("2/1/2012", p.title("draft date"));
		assertEquals(List.of("ACTION:FADE IN:", "HEADING:INT. OFFICE - MORNING", "ACTION:A MAN sits alone at his desk.",
				"CHARACTER:MAN (V.O.)", "PARENTHETICAL:(passionately)", "DIALOGUE:I'm writing.", "PAGE_BREAK:",
				"HEADING:ext. house - day", "ACTION:Another scene.", "TRANSITION:Burn to White.", "CENTERED:THE END", "NOTE:Comment",
				"SYNOPSIS:Synopsis", "SECTION(1):Section 1", "ACTION:This is in section one.", "SECTION(2):Section 1-1",
				"ACTION:This should be at a higher depth than the previous section.", "HEADING:FORCED SCENE HEADING",
				"ACTION:... Not a forced scene heading",
				"ACTION:Scott exasperatedly throws down the card on the table and picks up the phone, hitting speed dial #1...",
				"NOTE:The following should not be considered a transition because it ends with one or more spaces.",
				// deliberate difference: trailing blanks are invisible, so this is the transition the writer sees
				"TRANSITION:CUT TO:"), Fixtures.describe(p));
		assertTrue(p.elements().stream().noneMatch(e -> e.text().contains("boneyard") || e.text().contains("Boneyard")));
	}

	@Test
	void synopses() throws Exception {
		assertEquals(List.of("This is the first act.", "This is another act.", "THE FINAL ACT"),
				Fixtures.texts(parse("Synopses.fountain"), ElementType.SYNOPSIS));
	}

	@Test
	void transitions() throws Exception {
		assertEquals(List.of("TRANSITION:CUT TO:", "TRANSITION:SMASH CUT TO:", "ACTION:FADE TO BLACK.",
				"TRANSITION:NOT A STANDARD TRANSITION:", "TRANSITION:CUT TO:", "TRANSITION:GO TO:", "TRANSITION:TO:"),
				Fixtures.describe(parse("Transitions.fountain")));
	}
}
