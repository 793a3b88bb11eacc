// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;

/** Reads screenplays saved as plain text with spaces for indents and form feeds between pages. */
class PlainTextImporterTest {
	private final PlainTextImporter importer = new PlainTextImporter();

	/** A line with text starting at a column (10 a inch from the page edge). */
	private static String at(int column, String text) {
		return " ".repeat(column) + text;
	}

	/** Text ending at column 75 (7.5"). */
	private static String right(String text) {
		return at(75 - text.length(), text);
	}

	private static String centre(String text) {
		return at(45 - text.length() / 2, text);
	}

	private static String script() {
		List<String> l = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			l.add("");
		}
		l.addAll(List.of(centre("THE LONG NIGHT"), "", centre("Written by"), "", centre("Ann Lee")));
		for (int i = 0; i < 20; i++) {
			l.add("");
		}
		l.addAll(List.of(at(15, "ann@example.com"), at(15, "555 0100"), "\f"
				+ at(15, "FADE IN:"), "",
				at(10, "1") + at(4, "INT. KITCHEN - NIGHT") + at(39, "1"), "",
				at(15, "Ann pours the tea. The kettle whistles on and"), at(15, "on and on."), "",
				at(37, "ANN"), at(31, "(to herself)"), at(25, "Just one more cup."), at(25, "Then bed."), "",
				at(37, "BOB"), at(25, "You said that an hour"), at(37, "(MORE)"), "\f"
				+ right("2."), "",
				at(37, "BOB (CONT'D)"), at(25, "ago."), "",
				right("CUT TO:"), "",
				at(10, "2") + at(4, "EXT. GARDEN - DAY") + at(42, "2"), "",
				at(24, "STEEL") + at(26, "BRICK"), at(19, "Screw it.") + at(22, "Screw it."), "",
				centre("THE END")));
		return String.join("\n", l) + "\n";
	}

	@Test
	void readsALaidOutTextScript() throws Exception {
		ParsedScript s = importer.read(ScriptSource.ofText("night.txt", script()));
		assertEquals(List.of("!FADE IN:", ".INT. KITCHEN - NIGHT #1", "!Ann pours the tea. The kettle whistles on and|on and on.",
				"@ANN", "_(to herself)", "=Just one more cup.|Then bed.", "@BOB", "=You said that an hour|ago.", ">CUT TO:",
				".EXT. GARDEN - DAY #2", "@STEEL", "=Screw it.", "^@BRICK", "^=Screw it.", "><THE END"), Expect.of(s));
		assertEquals(Map.of("title", "THE LONG NIGHT", "credit", "Written by", "author", "Ann Lee", "contact",
				"ann@example.com\n555 0100"), Expect.title(s));
		assertEquals(2, s.pageCount());
		assertEquals("UTF-8", s.charset());
		assertEquals(0.0, s.elements().get(0).page(), 1e-9);
		assertTrue(s.elements().get(8).page() > 1 && s.elements().get(8).page() < 2, "CUT TO: is on the second page");
	}

	@Test
	void withoutFormFeedsThereAreNoPages() throws Exception {
		String text = String.join("\n", at(15, "INT. HALL - DAY"), "", at(37, "BOB"), at(25, "Hello."));
		ParsedScript s = importer.read(ScriptSource.ofText("hall.txt", text));
		assertEquals(List.of(".INT. HALL - DAY", "@BOB", "=Hello."), Expect.of(s));
		assertTrue(Double.isNaN(s.elements().get(0).page()));
		assertEquals(0, s.pageCount());
	}

	@Test
	void tabsCrLfAndOddInput() throws Exception {
		String text = "INT. HALL - DAY\r\n\r\n\t\t\tBOB\r\n\t\tHello.\r\n";
		assertEquals(List.of(".INT. HALL - DAY", "@BOB", "=Hello."), Expect.of(importer.read(ScriptSource.ofText("t.txt", text))));
		assertThrows(ScriptFormatException.class, () -> importer.read(ScriptSource.ofText("e.txt", " \n\f\n ")));
		assertThrows(ScriptFormatException.class, () -> importer.read(new ScriptSource("b.txt", new byte[] { 'a', 0, 'b' })));
		byte[] latin = "INT. CAF\u00c9 - DAY\n".getBytes(StandardCharsets.ISO_8859_1);
		ParsedScript s = importer.read(new ScriptSource("l.txt", latin));
		assertEquals(List.of(".INT. CAF\u00c9 - DAY"), Expect.of(s));
		assertEquals(1, s.warnings().size(), "the guessed character set is reported");
	}

	@Test
	void detection() throws Exception {
		assertEquals(50, importer.detect(ScriptSource.ofText("night.txt", script())));
		assertEquals(0, importer.detect(ScriptSource.ofText("x.fdx", "<?xml version=\"1.0\"?><FinalDraft/>")));
		assertEquals(0, importer.detect(new ScriptSource("x.pdf", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1))));
		assertEquals(0, importer.detect(new ScriptSource("x.bin", new byte[] { 1, 0, 2 })));
		// Fountain files are not laid out: cues sit at the margin with their dialogue
		List<String> claimed = new ArrayList<>();
		int files = 0;
		for (String suite : List.of("fountain-tools", "screenplain", "nyousefi", "afterwriting", "jouvence")) {
			try (Stream<Path> s = Files.walk(SharedTestData.screenplays(suite))) {
				for (Path p : s.filter(p -> p.toString().endsWith(".fountain")).sorted().toList()) {
					files++;
					if (importer.detect(ScriptSource.of(p)) > 5) {
						claimed.add(p.getFileName().toString());
					}
				}
			}
		}
		List<String> deliberate = List.of();
		assertEquals(deliberate, claimed);
		System.out.println("detection text vs fountain: " + (files - claimed.size()) + "/" + files
				+ " Fountain files not claimed as laid-out text (0 deliberate differences)");
	}

	@Test
	void randomTextNeverBreaksIt() throws Exception {
		java.util.Random random = new java.util.Random(3);
		String alphabet = "AB(c) \t\n\n\f\r:.#INT EXT12\u4f60";
		for (int round = 0; round < 300; round++) {
			StringBuilder b = new StringBuilder();
			for (int i = random.nextInt(400); i > 0; i--) {
				b.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			try {
				importer.read(ScriptSource.ofText("r.txt", b.toString()));
			} catch (ScriptFormatException e) {
				// empty text: fine
			}
			importer.detect(ScriptSource.ofText("r.txt", b.toString()));
		}
	}
}
