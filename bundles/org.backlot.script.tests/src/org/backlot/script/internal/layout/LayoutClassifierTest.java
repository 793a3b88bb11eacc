// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.script.api.ScriptElement;
import org.junit.jupiter.api.Test;

/** Each rule of the layout classifier on lines placed as a PDF shows them. */
class LayoutClassifierTest {
	private static final List<String> STANDARD = List.of(".INT. KITCHEN - NIGHT", "!Ann pours the tea. The kettle whistles on|and on.",
			"@ANN", "_(to herself, tired|of it all)", "=Just one more cup.|Then bed.", "_(beat)", "=Maybe.", ">CUT TO:",
			".EXT. GARDEN - NIGHT", "><THE END");

	private static Lines standard(double shift) {
		return new Lines(shift).action("INT. KITCHEN - NIGHT").blank()
				.action("Ann pours the tea. The kettle whistles on").action("and on.").blank()
				.cue("ANN").paren("(to herself, tired").at(3.2, "of it all)").dialogue("Just one more cup.").dialogue("Then bed.")
				.paren("(beat)").dialogue("Maybe.").blank()
				.right("CUT TO:").blank()
				.action("EXT. GARDEN - NIGHT").blank()
				.centre("THE END");
	}

	@Test
	void standardLayout() {
		assertEquals(STANDARD, standard(0).elements());
	}

	@Test
	void indentsAreTakenFromTheDocumentsOwnMargin() {
		assertEquals(STANDARD, standard(0.5).elements());
		assertEquals(STANDARD, standard(-0.5).elements());
		assertEquals(STANDARD, standard(-1.5).elements()); // text laid out from column 0
	}

	@Test
	void theMarginIsTheCommonestEdgeOfWideLines() {
		Lines l = new Lines().action("A long line of action that runs past four inches").action("INT. HALL - DAY");
		for (int i = 0; i < 5; i++) {
			l.blank().cue("BOB").dialogue("Short words, many of them here.").dialogue("And more short words here.");
		}
		assertEquals(1.5, LayoutClassifier.margin(l.lines(), Lines.PDF), 1e-9);
		Lines narrow = new Lines().cue("BOB").dialogue("Hi.");
		assertEquals(1.5, LayoutClassifier.margin(narrow.lines(), Lines.PDF), 1e-9, "no evidence: the default");
	}

	@Test
	void sceneNumbersInBothMarginsOrInline() {
		List<String> e = new Lines().at(0.75, "12", 1.5, "INT. HALL - DAY", 7.3, "12").blank().action("Quiet.").blank()
				.at(0.75, "12A", 1.5, "EXT. YARD - DAY").blank().action("Loud.").blank()
				.action("13 INT. ATTIC - NIGHT 13").blank()
				.at(0.75, "14", 1.5, "SNIPER POV", 7.3, "14").elements();
		assertEquals(List.of(".INT. HALL - DAY #12", "!Quiet.", ".EXT. YARD - DAY #12A", "!Loud.", ".INT. ATTIC - NIGHT #13",
				".SNIPER POV #14"), e);
	}

	@Test
	void revisionMarksInTheRightMarginAreDropped() {
		assertEquals(List.of(".INT. HALL - DAY #5", "!Changed.", "@BOB", "=New words."),
				new Lines().at(0.75, "5", 1.5, "INT. HALL - DAY", 7.3, "5", 7.8, "*").blank().at(1.5, "Changed.", 7.8, "*").blank()
						.at(3.7, "BOB", 7.8, "*").at(2.5, "New words.", 7.8, "*").elements());
	}

	@Test
	void longHeadingsWrapOntoASecondLine() {
		assertEquals(List.of(".INT. A VERY LONG PLACE NAME THAT GOES ON - LATE NIGHT", "!Dark."),
				new Lines().action("INT. A VERY LONG PLACE NAME THAT GOES ON -").action("LATE NIGHT").blank().action("Dark.")
						.elements());
	}

	@Test
	void pageNumbersHeadersAndContinuedsAreDropped() {
		Lines l = new Lines().action("INT. HALL - DAY").blank().action("One.").at(6.3, "(CONTINUED)");
		for (int p = 2; p <= 4; p++) {
			l.newPage().pageNumber(p + ".").at(1.5, "BLUE REVISION " + p + "/1/26").blank().action("CONTINUED:").blank()
					.action("Page " + p + " action.");
		}
		assertEquals(List.of(".INT. HALL - DAY", "!One.", "!Page 2 action.", "!Page 3 action.", "!Page 4 action."), l.elements());
	}

	@Test
	void moreAndContdContinueTheSpeech() {
		Lines l = new Lines().action("INT. HALL - DAY").blank().cue("BOB").dialogue("First line of it").dialogue("second line.")
				.cue("(MORE)").newPage().pageNumber("2.").cue("BOB (CONT'D)").dialogue("And the rest.").blank()
				.action("Ann waits.").blank().cue("BOB (CONT'D)").dialogue("Again.").at(3.7, "(MORE)")
				.newPage().pageNumber("3.").cue("ANN (CONT'D)").dialogue("Not you.");
		List<ScriptElement> e = l.classify().elements();
		assertEquals(List.of(".INT. HALL - DAY", "@BOB", "=First line of it|second line.|And the rest.", "!Ann waits.",
				"@BOB (CONT'D)", "=Again.", "@ANN (CONT'D)", "=Not you."), Expect.of(e));
		assertEquals(0.0, e.get(2).page() - 0.0, 0.1, "the joined speech starts where it started");
	}

	@Test
	void dualDialogueSideBySide() {
		assertEquals(List.of("!They look up.", "@STEEL", "=Screw retirement.", "_(softly)", "=Really.", "^@BRICK",
				"^=Screw it all|the same.", "!Beat."),
				new Lines().action("They look up.").blank().at(2.45, "STEEL", 5.5, "BRICK")
						.at(1.95, "Screw retirement.", 5.0, "Screw it all").at(2.2, "(softly)", 5.0, "the same.")
						.at(1.95, "Really.").blank().action("Beat.").elements());
	}

	@Test
	void standaloneUpperCaseLines() {
		assertEquals(List.of(".SNIPER SCOPE POV", "!He aims.", "!BANG!", "!SPACE", "%CLOSE ON THE TRIGGER", "!Click.",
				">CUT TO:", ".OPENING", "!Titles roll."),
				new Lines().action("SNIPER SCOPE POV").blank().action("He aims.").blank().action("BANG!").blank().action("SPACE")
						.blank().action("CLOSE ON THE TRIGGER").blank().action("Click.").blank().right("CUT TO:").blank()
						.action("OPENING").blank().action("Titles roll.").elements());
	}

	@Test
	void transitions() {
		assertEquals(List.of("!Go.", ">FADE OUT.", ">DISSOLVE TO:", ">SMASH CUT TO:", "!FADE IN:"),
				new Lines().action("Go.").blank().right("FADE OUT.").blank().at(5.5, "DISSOLVE TO:").blank().action("SMASH CUT TO:")
						.blank().action("FADE IN:").elements());
	}

	@Test
	void dialogueGoesOnAfterABlankLine() {
		assertEquals(List.of("@DEALER", "=Dealer gets a seven.", "=Hit or stand sir?"),
				new Lines().cue("DEALER").dialogue("Dealer gets a seven.").blank().dialogue("Hit or stand sir?").elements());
	}

	@Test
	void titlePageAndPagePositions() {
		Lines l = new Lines().blank().blank().blank().centre("THE LONG NIGHT").blank().centre("Written by").blank().centre("Ann Lee")
				.centre("Based on a story by Bob").blank().blank().blank().action("Draft 3, 1/2/2026").blank().action("Ann Lee")
				.action("ann@example.com").newPage().action("INT. HALL - DAY").blank().action("First page.");
		for (int i = 0; i < 24; i++) {
			l.blank();
		}
		l.action("Half-way down.").newPage().pageNumber("2.").action("Top of the second page.");
		LayoutClassifier.Layout layout = l.classify();
		assertEquals(1, layout.firstScriptPage());
		assertEquals(Expect.map("title", "THE LONG NIGHT", "credit", "Written by", "author", "Ann Lee", "source",
				"Based on a story by Bob", "draft date", "Draft 3, 1/2/2026", "contact", "Ann Lee\nann@example.com"),
				Expect.title(toScript(layout)));
		List<ScriptElement> e = layout.elements();
		assertEquals(List.of(".INT. HALL - DAY", "!First page.", "!Half-way down.", "!Top of the second page."), Expect.of(e));
		assertEquals(0.0, e.get(0).page(), 1e-9);
		assertEquals(2.0 * 12 / 648, e.get(1).page(), 1e-9);
		assertEquals(0.5, e.get(2).page(), 1e-9);
		assertEquals(1.0, e.get(3).page(), 1e-9);
	}

	@Test
	void warnsWhenThereIsNoHeading() {
		LayoutClassifier.Layout layout = new Lines().action("Just some words.").classify();
		assertEquals(List.of(Messages.noHeadings), layout.warnings());
		assertTrue(new Lines().classify().elements().isEmpty());
	}

	@Test
	void oddLinesNeverBreakIt() {
		java.util.Random random = new java.util.Random(42);
		String[] words = { "INT.", "EXT.", "(MORE)", "BOB", "(CONT'D)", "12", "2.", "CUT TO:", "(", ")", "", " ", "hello", "THE END",
				"CONTINUED:", "\u4f60\u597d" };
		for (int round = 0; round < 300; round++) {
			List<LayoutLine> lines = new java.util.ArrayList<>();
			int n = random.nextInt(60);
			for (int i = 0; i < n; i++) {
				List<LayoutLine.Segment> segs = new java.util.ArrayList<>();
				for (int k = random.nextInt(4); k >= 0; k--) {
					double x = random.nextDouble() * 9 - 0.5;
					segs.add(new LayoutLine.Segment(words[random.nextInt(words.length)], x, x + random.nextDouble() * 6));
				}
				lines.add(new LayoutLine(random.nextInt(4), random.nextInt(60) * 12, 12, segs));
			}
			LayoutClassifier.Layout layout = LayoutClassifier.classify(lines, Lines.PDF);
			for (ScriptElement e : layout.elements()) {
				assertTrue(!e.text().isBlank(), e.toString());
			}
		}
	}

	private static org.backlot.script.api.ParsedScript toScript(LayoutClassifier.Layout layout) {
		org.backlot.script.api.ParsedScript s = new org.backlot.script.api.ParsedScript("test");
		s.titlePage().addAll(layout.titlePage());
		return s;
	}
}
