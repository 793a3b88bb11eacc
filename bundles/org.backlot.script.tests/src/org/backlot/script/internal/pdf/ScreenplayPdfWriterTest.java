// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.api.TitleEntry;
import org.junit.jupiter.api.Test;

/** The screenplay PDF writer: what it prints, the PDF importer reads back as the same script. */
class ScreenplayPdfWriterTest {

	private static ScriptElement e(ElementType type, String text) {
		return ScriptElement.of(type, text);
	}

	private static ScriptElement heading(String text, String number) {
		return new ScriptElement(ElementType.HEADING, text, number, false, 0, Double.NaN);
	}

	private static byte[] pdf(ParsedScript s) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ScreenplayPdfWriter.write(s, out);
		return out.toByteArray();
	}

	/** Type, text with white space made single, dual mark and scene number of each element. */
	private static List<String> shape(List<ScriptElement> elements) {
		List<String> result = new ArrayList<>();
		for (ScriptElement x : elements) {
			if (x.type() != ElementType.NOTE && x.type() != ElementType.SYNOPSIS && x.type() != ElementType.PAGE_BREAK) {
				result.add(x.type() + (x.dual() ? "^" : "") + (x.sceneNumber() == null ? "" : " #" + x.sceneNumber()) + " "
						+ x.text().replaceAll("\\s+", " ").strip());
			}
		}
		return result;
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument d = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(d);
		}
	}

	@Test
	void everyPrintedElementReadsBack() throws Exception {
		ParsedScript s = new ParsedScript("test");
		s.titlePage().add(new TitleEntry("title", "The Long Night"));
		s.titlePage().add(new TitleEntry("credit", "Written by"));
		s.titlePage().add(new TitleEntry("author", "Ann Lee"));
		s.titlePage().add(new TitleEntry("draft date", "Draft 2, 1/2/2026"));
		s.add(heading("INT. KITCHEN - NIGHT", "12A"));
		s.add(e(ElementType.SYNOPSIS, "Ann cannot sleep."));
		s.add(e(ElementType.ACTION, "Ann pours the tea. The kettle whistles on and on, and on, and on, until she takes it off the stove."));
		s.add(e(ElementType.CHARACTER, "ANN"));
		s.add(e(ElementType.PARENTHETICAL, "(to herself)"));
		s.add(e(ElementType.DIALOGUE, "Just one more cup, and then bed. I mean it this time."));
		s.add(e(ElementType.NOTE, "cut this?"));
		s.add(e(ElementType.TRANSITION, "CUT TO:"));
		s.add(heading("EXT. GARDEN - NIGHT", "13"));
		s.add(e(ElementType.CENTERED, "INTERMISSION"));
		s.add(e(ElementType.CHARACTER, "STEEL"));
		s.add(e(ElementType.DIALOGUE, "Screw it."));
		s.add(e(ElementType.CHARACTER, "BRICK").asDual());
		s.add(e(ElementType.DIALOGUE, "Screw it, then.").asDual());
		s.add(e(ElementType.ACTION, "He aims."));
		s.add(e(ElementType.CHARACTER, "BOB (V.O.)"));
		s.add(e(ElementType.DIALOGUE, "You said that an hour ago."));
		s.add(e(ElementType.TRANSITION, "FADE OUT."));
		ParsedScript back = new PdfImporter().read(new ScriptSource("t.pdf", pdf(s)));
		assertEquals(shape(s.elements()), shape(back.elements()));
		assertEquals("THE LONG NIGHT", back.title("title"));
		assertEquals("Ann Lee", back.title("author"));
		assertEquals("Draft 2, 1/2/2026", back.title("draft date"));
		assertEquals(1, back.pageCount());
		assertTrue(back.warnings().isEmpty(), back.warnings().toString());
	}

	@Test
	void aSpeechLongerThanAPageBreaksWithMoreAndContinues() throws Exception {
		ParsedScript s = new ParsedScript("test");
		s.add(heading("INT. HALL - DAY", "1"));
		s.add(e(ElementType.ACTION, "Bob clears his throat."));
		s.add(e(ElementType.CHARACTER, "BOB"));
		StringBuilder speech = new StringBuilder();
		for (int i = 1; i <= 120; i++) {
			speech.append("This is sentence ").append(i).append(" of the speech. ");
		}
		s.add(e(ElementType.DIALOGUE, speech.toString().strip()));
		s.add(e(ElementType.ACTION, "Silence."));
		byte[] pdf = pdf(s);
		String printed = text(pdf);
		assertEquals(2, printed.split("\\(MORE\\)", -1).length - 1, printed);
		assertTrue(printed.contains("BOB (CONT'D)"), printed);
		assertTrue(printed.contains("2.") && printed.contains("3."), "page numbers");
		ParsedScript back = new PdfImporter().read(new ScriptSource("t.pdf", pdf));
		assertEquals(shape(s.elements()), shape(back.elements()));
		assertEquals(3, back.pageCount());
	}

	@Test
	void actionThatDoesNotFitMovesWholeUnlessItIsLong() throws Exception {
		ParsedScript s = new ParsedScript("test");
		s.add(heading("INT. HALL - DAY", "1"));
		for (int i = 0; i < 17; i++) {
			s.add(e(ElementType.ACTION, "A short paragraph of action, number " + i + ", that takes two lines on the page when printed."));
		}
		s.add(e(ElementType.ACTION, "Long. ".repeat(200).strip()));
		ParsedScript back = new PdfImporter().read(new ScriptSource("t.pdf", pdf(s)));
		List<String> want = shape(s.elements());
		List<String> got = shape(back.elements());
		assertEquals(want.subList(0, 18), got.subList(0, 18), "short paragraphs move whole to the next page");
		assertEquals(want.get(18), "ACTION " + String.join(" ", got.subList(18, got.size()).stream().map(x -> x.substring(7)).toList()),
				"the long one breaks across pages");
		assertTrue(got.size() > 19);
	}

	@Test
	void charactersCourierCannotShowBecomeQuestionMarks() throws Exception {
		ParsedScript s = new ParsedScript("test");
		s.add(heading("INT. CAFÉ - DAY", null));
		s.add(e(ElementType.ACTION, "Zoë orders 两杯茶\tand waits."));
		String printed = text(pdf(s));
		assertTrue(printed.contains("INT. CAFÉ - DAY"), printed);
		assertTrue(printed.contains("Zoë orders ??? and waits."), printed);
	}

	@Test
	void anEmptyScriptIsOneBlankPage() throws Exception {
		try (PDDocument d = Loader.loadPDF(pdf(new ParsedScript("test")))) {
			assertEquals(1, d.getNumberOfPages());
		}
	}
}
