// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.backlot.script.internal.fountain.Fixtures.describe;
import static org.backlot.script.internal.fountain.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.TitleEntry;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** Fountain syntax, element by element, and the choices we made where the spec or the suites leave room. */
class FountainImporterTest {

	@Test
	void headingsByPrefixAndForced() {
		ParsedScript p = parse("INT. A\n\nEXT B\n\nEST. C\n\nINT./EXT. D\n\nINT/EXT E\n\nI/E F\n\nEXT/INT. G\n\n.H\n\n..I\n\n. J\n\nINTERIOR K\n");
		assertEquals(List.of("INT. A", "EXT B", "EST. C", "INT./EXT. D", "INT/EXT E", "I/E F", "EXT/INT. G", "H"),
				Fixtures.texts(p, ElementType.HEADING));
		assertEquals(List.of("..I", ". J", "INTERIOR K"), Fixtures.texts(p, ElementType.ACTION));
	}

	@Test
	void sceneNumbersLeaveTheText() {
		ParsedScript p = parse("INT. HOUSE - DAY #12A#\n\n.FLASHBACK #3#\n\nEXT. ROAD #not a number\n");
		assertEquals(List.of("HEADING#12A:INT. HOUSE - DAY", "HEADING#3:FLASHBACK", "HEADING:EXT. ROAD #not a number"), describe(p));
	}

	@Test
	void cuesAndExtensions() {
		ParsedScript p = parse("BOB (V.O.)\nHi.\n\nHANS (on the radio)\nHo.\n\nR2D2\nBeep.\n\n23\nNo cue.\n\n@23\nForced.\n\n"
				+ "@McCLANE\nYippee.\n\nMOM (CONT'D)\nAgain.\n\nHan (O.S.)\nNot a cue.\n");
		assertEquals(List.of("BOB (V.O.)", "HANS (on the radio)", "R2D2", "23", "McCLANE", "MOM (CONT'D)"),
				Fixtures.texts(p, ElementType.CHARACTER));
		assertEquals(List.of("23\nNo cue.", "Han (O.S.)\nNot a cue."), Fixtures.texts(p, ElementType.ACTION));
	}

	@Test
	void cueNeedsBlankBeforeAndTextAfter() {
		assertEquals(List.of("ACTION:He runs.\nBOB\nHello."), describe(parse("He runs.\nBOB\nHello.\n")));
		assertEquals(List.of("ACTION:BOB", "ACTION:Hello."), describe(parse("BOB\n\nHello.\n")));
		assertEquals(List.of("HEADING:INT. HOUSE", "CHARACTER:BOB", "DIALOGUE:Hi."), describe(parse("INT. HOUSE\nBOB\nHi.\n")));
	}

	@Test
	void dialogueParentheticalsAndTwoSpaceLines() {
		ParsedScript p = parse("DEALER\n(flat)\nTen.\nFour.\n  \nHit or stand?\n(beat)\nSir?\n\nAction.\n");
		assertEquals(List.of("CHARACTER:DEALER", "PARENTHETICAL:(flat)", "DIALOGUE:Ten.\nFour.\n\nHit or stand?", "PARENTHETICAL:(beat)",
				"DIALOGUE:Sir?", "ACTION:Action."), describe(p));
	}

	@Test
	void dualDialogueMarksTheSecondSide() {
		ParsedScript p = parse("BRICK\nScrew it.\n\nSTEEL ^\n(raising)\nScrew it.\n\nThey drink.\n");
		assertEquals(List.of("CHARACTER:BRICK", "DIALOGUE:Screw it.", "CHARACTER^:STEEL", "PARENTHETICAL^:(raising)",
				"DIALOGUE^:Screw it.", "ACTION:They drink."), describe(p));
	}

	@Test
	void actionParagraphsAndForcedAction() {
		ParsedScript p = parse("One.\nStill one.\n\n\n\nTwo.\n\n!THREE IS FORCED\nSTILL THREE\n\n    Indented four.\n");
		assertEquals(List.of("One.\nStill one.", "Two.", "THREE IS FORCED\nSTILL THREE", "    Indented four."),
				Fixtures.texts(p, ElementType.ACTION));
	}

	@Test
	void transitionsNeedBlankLinesOrAreForced() {
		assertEquals(List.of("TRANSITION:CUT TO:", "HEADING:INT. A"), describe(parse("CUT TO:\n\nINT. A\n")));
		assertEquals(List.of("TRANSITION:SMASH CUT TO:", "HEADING:INT. A"), describe(parse("SMASH CUT TO:\nINT. A\n")));
		assertEquals(List.of("ACTION:Run.\nCUT TO:"), describe(parse("Run.\nCUT TO:\n")));
		assertEquals(List.of("ACTION:CUT TO:\nthe chase."), describe(parse("CUT TO:\nthe chase.\n")));
		assertEquals(List.of("TRANSITION:fade to black", "CENTERED:THE END"), describe(parse(">fade to black\n\n> THE END <\n")));
	}

	@Test
	void centeredLinesGoTogether() {
		assertEquals(List.of("CENTERED:BRICK\n& STEEL"), describe(parse(">BRICK<\n> & STEEL <\n")));
	}

	@Test
	void lyricsSectionsSynopsesPageBreaks() {
		ParsedScript p = parse("~La la\n~Lo lo\n\n# Act\n\n### Deep\n\n######## Deeper\n\n= What happens\n\n===\n\n=====\n");
		assertEquals(List.of("LYRIC:La la\nLo lo", "SECTION(1):Act", "SECTION(3):Deep", "SECTION(6):Deeper", "SYNOPSIS:What happens",
				"PAGE_BREAK:", "PAGE_BREAK:"), describe(p));
	}

	@Test
	void loneMarkersGiveNoEmptyElements() {
		assertEquals(List.of("ACTION:@"), describe(parse(">\n\n=\n\n#\n\n~\n\n@\n")));
	}

	@Test
	void emphasisIsRemoved() {
		ParsedScript p = parse("*It* **bold** ***both*** _under_ _**mixed**_ \\*kept\\* snake_case_name 2 * 3 * 4\n");
		assertEquals(List.of("It bold both under mixed *kept* snake_case_name 2 * 3 * 4"), Fixtures.texts(p, ElementType.ACTION));
		assertEquals("INT. BOLD", Fixtures.texts(parse("INT. **BOLD**\n"), ElementType.HEADING).get(0));
	}

	@Test
	void notesInlineAloneAndMultiLine() {
		ParsedScript p = parse("He waits [[really?]] and waits.\n\n[[A note\non two lines]]\n\nINT. HOUSE[[where?]]\n");
		assertEquals(List.of("ACTION:He waits and waits.", "NOTE:really?", "NOTE:A note\non two lines", "HEADING:INT. HOUSE", "NOTE:where?"),
				describe(p));
		assertTrue(p.warnings().isEmpty(), p.warnings().toString());
	}

	@Test
	void aNoteAloneDoesNotBreakTheNextElement() {
		assertEquals(List.of("NOTE:first", "CHARACTER:BOB", "DIALOGUE:Hi."), describe(parse("[[first]]\nBOB\nHi.\n")));
	}

	@Test
	void boneyardSpansElements() {
		ParsedScript p = parse("Before.\n/*\nINT. GONE\n\nBOB\nGone.\n*/\nAfter. /* inline */ end.\n");
		assertEquals(List.of("ACTION:Before.\nAfter. end."), describe(p));
	}

	@Test
	void unterminatedBoneyardKeepsTextAndWarns() {
		ParsedScript p = parse("INT. A\n\nOne.\n\n/* never closed\n\nTwo.\n");
		assertEquals(List.of("HEADING:INT. A", "ACTION:One.", "ACTION:/* never closed", "ACTION:Two."), describe(p));
		assertEquals(1, p.warnings().size());
		assertEquals(NLS.bind(Messages.unterminatedBoneyard, Integer.valueOf(5)), p.warnings().get(0));
	}

	@Test
	void unterminatedNoteKeepsTextAndWarns() {
		ParsedScript p = parse("Some [[open note\nstill open\n\nLater ]] text.\n");
		assertEquals(List.of("ACTION:Some [[open note\nstill open", "ACTION:Later ]] text."), describe(p));
		assertEquals(1, p.warnings().size());
		assertEquals(NLS.bind(Messages.unterminatedNote, Integer.valueOf(1)), p.warnings().get(0));
	}

	@Test
	void titlePage() {
		ParsedScript p = parse("Title:\n    _**BRICK & STEEL**_\n\t*FULL RETIRED*\nCredit: Written by\nDraft Date: 1/20/2012\n\nINT. A\n");
		assertEquals(List.of(new TitleEntry("title", "BRICK & STEEL\nFULL RETIRED"), new TitleEntry("credit", "Written by"),
				new TitleEntry("draft date", "1/20/2012")), p.titlePage());
		assertEquals(List.of("HEADING:INT. A"), describe(p));
	}

	@Test
	void onlyATitlePage() {
		ParsedScript p = parse("Title: Nothing Yet\nAuthor: Me");
		assertEquals(2, p.titlePage().size());
		assertTrue(p.elements().isEmpty());
	}

	@Test
	void noTitlePageWhenTheFirstKeyIsEmpty() {
		ParsedScript p = parse("FADE IN:\n\nINT. A\n");
		assertTrue(p.titlePage().isEmpty());
		assertEquals(List.of("ACTION:FADE IN:", "HEADING:INT. A"), describe(p));
	}

	@Test
	void lineEndsAndTabs() {
		String lf = "INT. A\n\nBOB\nHi.\n\n\tIndented.\n";
		List<String> expected = List.of("HEADING:INT. A", "CHARACTER:BOB", "DIALOGUE:Hi.", "ACTION:    Indented.");
		assertEquals(expected, describe(parse(lf)));
		assertEquals(expected, describe(parse(lf.replace("\n", "\r\n"))));
		assertEquals(expected, describe(parse(lf.replace("\n", "\r"))));
		assertEquals(List.of("CHARACTER:BOB", "DIALOGUE:Hi."), describe(parse("\t\tBOB\n\tHi.\n")));
	}

	@Test
	void emptyText() {
		ParsedScript p = parse("");
		assertTrue(p.elements().isEmpty());
		assertTrue(p.titlePage().isEmpty());
		assertEquals("UTF-8", p.charset());
		assertEquals("fountain", p.format());
		assertTrue(parse("\n\n  \n").elements().isEmpty());
	}

	@Test
	void pagesAreLeftToThePageModel() {
		ParsedScript p = parse("INT. A\n\nBOB\nHi.\n");
		assertTrue(p.elements().stream().allMatch(e -> Double.isNaN(e.page())));
		assertTrue(p.elements().stream().allMatch(e -> e.depth() == 0));
		assertNull(p.elements().get(1).sceneNumber());
	}
}
