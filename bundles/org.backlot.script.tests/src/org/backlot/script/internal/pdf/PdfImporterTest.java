// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.SharedTestData;
import org.backlot.script.internal.layout.Expect;
import org.junit.jupiter.api.Test;

/** Reads screenplays from PDFs: the shared ones with Fountain twins, and PDFs made here for each rule. */
class PdfImporterTest {
	/** PDFBox reports what it repairs in damaged files at length; the tests only care about the outcome. */
	private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");
	private final PdfImporter importer = new PdfImporter();

	@org.junit.jupiter.api.BeforeAll
	static void quiet() {
		PDFBOX.setLevel(java.util.logging.Level.OFF);
	}

	private ParsedScript read(byte[] pdf) throws ScriptFormatException {
		return importer.read(new ScriptSource("test.pdf", pdf));
	}

	/** A shared PDF, its Fountain twin read by hand, and what we read instead with the reason, when we differ. */
	private record Twin(String file, List<String> fountain, List<String> ours, String reason) {
	}

	@Test
	void sharedPdfsAgainstTheirFountainTwins() throws Exception {
		Path dir = SharedTestData.screenplays("screenplain");
		List<Twin> twins = List.of(new Twin("examples/Brick-and-Steel.pdf", Expect.BRICK_AND_STEEL, null, null),
				new Twin("dual-dialogue.pdf", List.of("@GIRL", "=Hey!", "^@GUY", "^=Hello!"), null, null),
				new Twin("indentation.pdf", List.of(".EXT. INDENTATION TEST", "!    Four spaces", "!   Three spaces", "!  Two spaces",
						"! One space", "!No spaces"), List.of(".EXT. INDENTATION TEST", "!Four spaces", "!Three spaces", "!Two spaces",
								"!One space", "!No spaces"),
						"spaces before action text are layout on paper; a PDF line starts at its first mark"),
				new Twin("scene-numbers.pdf", List.of(".INT. THE FIRST PLACE - DAY #1", "!This is scene 1.",
						".INT. THE SECOND PLACE - NIGHT #2", "!This is scene 2.", ".INT. A THIRD PLACE - DAY",
						"!This scene is not numbered.", ".INT. A FOURTH PLACE - DAY", "!This scene is not numbered either.",
						".INT. A FIFTH PLACE - DAY #2-B", "!This scene has number 2-B."), null, null),
				new Twin("title-page.pdf", List.of("!FADE IN:", "!SPACE"), null, null),
				new Twin("dialogue-with-blank-line.pdf", List.of("@DEALER", "=Dealer gets a seven.||Hit or stand sir?"),
						List.of("@DEALER", "=Dealer gets a seven.", "=Hit or stand sir?"),
						"on paper a blank line inside a speech looks like the end of a paragraph"),
				new Twin("extended-characters.pdf", List.of("!Hello|こんにちは|привет|你好|안녕하세요|أهلا"), List.of("!Hello"),
						"the PDF's fonts map those glyphs to no characters (its text layer holds NULs): only \"Hello\" can be read"));
		int pass = 0;
		List<String> deliberate = new ArrayList<>();
		for (Twin t : twins) {
			List<String> actual = Expect.loose(Expect.of(importer.read(ScriptSource.of(dir.resolve(t.file())))));
			if (t.ours() == null) {
				assertEquals(Expect.loose(t.fountain()), actual, t.file());
				pass++;
			} else {
				assertEquals(Expect.loose(t.ours()), actual, t.file());
				assertNotEquals(Expect.loose(t.fountain()), actual, t.file() + " no longer differs: take it off the list");
				deliberate.add(t.file() + " (" + t.reason() + ")");
			}
		}
		System.out.println("conformance pdf (screenplain, white space collapsed): " + pass + "/" + twins.size()
				+ " cases pass (" + deliberate.size() + " deliberate differences: " + String.join("; ", deliberate) + ")");
	}

	@Test
	void brickAndSteel() throws Exception {
		ParsedScript s = importer.read(ScriptSource.of(SharedTestData.screenplays("screenplain").resolve("examples/Brick-and-Steel.pdf")));
		// the PDF prints the two forced headings (".SNIPER SCOPE POV", ".OPENING TITLES") as plain upper-case lines
		// at the margin; they count as headings because they stand alone and have two words or more
		assertEquals(8, Expect.count(s, ElementType.HEADING));
		assertEquals(7, Expect.speakers(s));
		assertEquals(20, Expect.count(s, ElementType.CHARACTER));
		assertEquals(Expect.BRICK_AND_STEEL_TITLE, Expect.title(s));
		assertEquals(3, s.pageCount(), "4 pages, the first a title page");
		double previous = 0;
		for (ScriptElement e : s.elements()) {
			assertTrue(e.page() >= previous - 0.1 && e.page() < 3, e + " after " + previous);
			previous = e.page();
		}
		ScriptElement pool = s.elements().stream().filter(e -> e.text().equals("EXT. BRICK'S POOL - DAY")).findFirst().orElseThrow();
		assertEquals(1 + (144 - 12 - 72) / 648.0, pool.page(), 1e-3, "third PDF page, 144 pt down");
	}

	/** Every rule on one generated script with standard margins. */
	@Test
	void generatedScriptProvesEachRule() throws Exception {
		ScriptPdf pdf = new ScriptPdf().blank().blank().blank().blank().big("THE LONG NIGHT").blank().centre("Written by").blank()
				.centre("Ann Lee");
		for (int i = 0; i < 30; i++) {
			pdf.blank();
		}
		pdf.action("Draft 2, 1/2/2026").blank().action("ann@example.com").newPage();
		pdf.action("FADE IN:").blank().at(0.75, "1", 1.5, "INT. KITCHEN - NIGHT", 7.3, "1").blank()
				.action("Ann pours the tea. The kettle whistles on and on, and on,").action("and on.").blank()
				.cue("ANN").paren("(to herself)").dialogue("Just one more cup.").blank()
				.right("CUT TO:").blank()
				.at(0.75, "2", 1.5, "EXT. GARDEN - NIGHT", 7.3, "2").blank()
				.centre("INTERMISSION").blank()
				.at(2.45, "STEEL", 5.5, "BRICK").at(1.95, "Screw it.", 5.0, "Screw it.").blank()
				.action("SNIPER SCOPE POV").blank()
				.action("He aims.").blank()
				.cue("BOB").dialogue("You said that an hour ago, and");
		while (pdf.line() < ScriptPdf.LINES - 1) {
			pdf.dialogue("more.");
		}
		pdf.cue("(MORE)").newPage().pageNumber(2).cue("BOB (CONT'D)").dialogue("the hour before.").blank()
				.action("Ann sighs.").blank().right("FADE OUT.");
		ParsedScript s = read(pdf.bytes());
		List<String> e = Expect.of(s);
		assertEquals(List.of("!FADE IN:", ".INT. KITCHEN - NIGHT #1", "!Ann pours the tea. The kettle whistles on and on, and on,|and on.",
				"@ANN", "_(to herself)", "=Just one more cup.", ">CUT TO:", ".EXT. GARDEN - NIGHT #2", "><INTERMISSION", "@STEEL",
				"=Screw it.", "^@BRICK", "^=Screw it.", ".SNIPER SCOPE POV", "!He aims.", "@BOB"), e.subList(0, 16));
		String speech = s.elements().get(16).text();
		assertTrue(speech.startsWith("You said that an hour ago, and\nmore.") && speech.endsWith("more.\nthe hour before."), speech);
		assertEquals(List.of("!Ann sighs.", ">FADE OUT."), e.subList(17, e.size()));
		assertEquals(Map.of("title", "THE LONG NIGHT", "credit", "Written by", "author", "Ann Lee", "draft date", "Draft 2, 1/2/2026",
				"contact", "ann@example.com"), Expect.title(s));
		assertEquals(2, s.pageCount());
		assertEquals(0.0, s.elements().get(0).page(), 1e-9);
		assertEquals(1.0 + 3 * 12 / 648.0, s.elements().get(17).page(), 1e-6, "Ann sighs on the second page, fourth line");
	}

	@Test
	void aHundredAndTwentyPageScript() throws Exception {
		ScriptPdf pdf = new ScriptPdf().blank().big("LONG").blank().centre("by").centre("Someone").newPage();
		String[] names = { "ANN", "BOB", "CARLA", "DMITRI" };
		int scenes = 0;
		int speeches = 0;
		while (pdf.pageCount() < 121) {
			scenes++;
			room(pdf, 4);
			pdf.at(0.75, Integer.toString(scenes), 1.5, "INT. ROOM " + scenes + " - DAY", 7.3, Integer.toString(scenes)).blank();
			room(pdf, 3);
			pdf.action("Someone walks in and looks around the room for a long while,").action("then sits.").blank();
			for (int k = 0; k < 3; k++) {
				room(pdf, 3);
				String name = names[(scenes + k) % names.length];
				speeches++;
				pdf.cue(name);
				for (int l = 0; l < 4; l++) {
					if (pdf.line() >= ScriptPdf.LINES - 1) {
						pdf.cue("(MORE)");
						next(pdf);
						pdf.cue(name + " (CONT'D)");
					}
					pdf.dialogue("Line " + l + " of what " + name + " says.");
				}
				pdf.blank();
			}
		}
		ParsedScript s = read(pdf.bytes());
		assertEquals(scenes, Expect.count(s, ElementType.HEADING));
		assertEquals(speeches, Expect.count(s, ElementType.CHARACTER));
		assertEquals(pdf.pageCount() - 1, s.pageCount());
		for (ScriptElement e : s.elements()) {
			if (e.type() == ElementType.DIALOGUE) {
				assertEquals(4, e.text().split("\n").length, e.text());
			}
			if (e.type() == ElementType.CHARACTER) {
				assertTrue(!e.text().contains("CONT'D"), e.text());
			}
		}
		assertEquals("Someone", s.title("author"));
		System.out.println("pdf 120 pages: " + s.pageCount() + " pages, " + scenes + " scenes, " + speeches + " speeches read");
	}

	private static void room(ScriptPdf pdf, int lines) {
		if (pdf.line() + lines > ScriptPdf.LINES) {
			next(pdf);
		}
	}

	private static void next(ScriptPdf pdf) {
		pdf.newPage().pageNumber(pdf.pageCount() - 1);
	}

	@Test
	void passwordProtectedPdfsAreRefusedInPlainWords() throws Exception {
		byte[] plain = new ScriptPdf().action("INT. VAULT - NIGHT").bytes();
		try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> read(out.toByteArray()));
			assertTrue(!Expect.worded(e.getMessage()) || e.getMessage().contains("password"), e.getMessage());
		}
	}

	@Test
	void scannedPdfsWithoutTextAreRefusedInPlainWords() throws Exception {
		try (PDDocument doc = new PDDocument()) {
			for (int i = 0; i < 2; i++) {
				PDPage page = new PDPage();
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					cs.addRect(100, 100, 300, 500);
					cs.fill();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> read(out.toByteArray()));
			assertTrue(!Expect.worded(e.getMessage()) || e.getMessage().contains("scanned") && e.getMessage().contains("2 pages"),
					e.getMessage());
		}
	}

	@Test
	void damagedFilesGiveOnlyFormatErrors() throws Exception {
		assertThrows(ScriptFormatException.class, () -> read("%PDF-1.4\nthis is not a pdf".getBytes(StandardCharsets.US_ASCII)));
		assertThrows(ScriptFormatException.class, () -> read("hello".getBytes(StandardCharsets.US_ASCII)));
		byte[] whole = Files.readAllBytes(SharedTestData.screenplays("screenplain").resolve("examples/Brick-and-Steel.pdf"));
		for (int cut : new int[] { 20, whole.length / 3, whole.length / 2, whole.length - 200 }) {
			try {
				read(Arrays.copyOf(whole, cut)); // PDFBox may repair a truncated file: reading it is fine
			} catch (ScriptFormatException expected) {
				// refused in words: fine too
			}
		}
		java.util.Random random = new java.util.Random(11);
		byte[] made = new ScriptPdf().action("INT. HALL - DAY").blank().cue("BOB").dialogue("Hi.").bytes();
		for (int round = 0; round < 100; round++) {
			byte[] b = made.clone();
			for (int k = 0; k < 5; k++) {
				int at = 10 + random.nextInt(b.length - 10);
				b[at] = (byte) random.nextInt(256);
			}
			try {
				read(b);
			} catch (ScriptFormatException expected) {
				// fine
			}
		}
	}

	@Test
	void detection() throws Exception {
		assertEquals(100, importer.detect(new ScriptSource("x.pdf", new ScriptPdf().action("Hi.").bytes())));
		assertEquals(100, importer.detect(new ScriptSource("x", "\n\n%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
		assertEquals(0, importer.detect(ScriptSource.ofText("x.txt", "INT. HALL - DAY")));
		assertEquals(0, importer.detect(new ScriptSource("x", new byte[0])));
	}
}
