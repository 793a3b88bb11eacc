// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ImportedTag;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.api.TitleEntry;
import org.backlot.script.internal.SharedTestData;
import org.backlot.script.internal.layout.Expect;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Writes Final Draft files and reads them back. */
class FdxWriterTest {
	private final FdxImporter importer = new FdxImporter();

	private static byte[] write(ParsedScript script) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FdxWriter.write(script, out);
		return out.toByteArray();
	}

	private ParsedScript roundTrip(ParsedScript script) throws Exception {
		byte[] bytes = write(script);
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)); // well-formed
		assertEquals("FinalDraft", doc.getDocumentElement().getTagName());
		assertEquals("Script", doc.getDocumentElement().getAttribute("DocumentType"));
		assertEquals("5", doc.getDocumentElement().getAttribute("Version"));
		assertEquals(100, importer.detect(new ScriptSource("w.fdx", bytes)));
		return importer.read(new ScriptSource("w.fdx", bytes));
	}

	private static void assertSame(ParsedScript expected, ParsedScript actual, String what) {
		assertEquals(Expect.of(expected), Expect.of(actual), what);
		for (int i = 0; i < expected.elements().size(); i++) {
			ScriptElement a = expected.elements().get(i);
			ScriptElement b = actual.elements().get(i);
			assertEquals(a.text(), b.text(), what + " text of element " + i);
			assertEquals(a.depth(), b.depth(), what + " depth of element " + i);
		}
		assertEquals(sorted(expected.tags()), sorted(actual.tags()), what + " tags");
		assertEquals(expected.titlePage(), actual.titlePage(), what + " title page");
	}

	private static List<String> sorted(List<ImportedTag> tags) {
		return tags.stream().map(ImportedTag::toString).sorted().toList();
	}

	@Test
	void everySharedFdxSurvivesTheRoundTrip() throws Exception {
		List<Path> files = new ArrayList<>();
		for (String suite : List.of("fountain-tools", "screenplain", "afterwriting")) {
			try (Stream<Path> s = Files.walk(SharedTestData.screenplays(suite))) {
				s.filter(p -> p.toString().endsWith(".fdx")).sorted().forEach(files::add);
			}
		}
		assertTrue(files.size() >= 19, "expected the shared FDX files, found " + files.size());
		int pass = 0;
		for (Path file : files) {
			ParsedScript first = importer.read(ScriptSource.of(file));
			assertSame(first, roundTrip(first), file.getFileName().toString());
			pass++;
		}
		System.out.println("round trip fdx (shared files): " + pass + "/" + files.size() + " files read, written and read back the same");
	}

	@Test
	void everyElementKindTagsAndTitlePage() throws Exception {
		ParsedScript s = new ParsedScript("test");
		s.titlePage().add(new TitleEntry("title", "THE LONG\nNIGHT"));
		s.titlePage().add(new TitleEntry("credit", "Written by"));
		s.titlePage().add(new TitleEntry("author", "Ann Lee"));
		s.titlePage().add(new TitleEntry("source", "Based on the play"));
		s.titlePage().add(new TitleEntry("draft date", "Draft 2, 1/2/2026"));
		s.titlePage().add(new TitleEntry("contact", "ann@example.com\n555 0100"));
		s.titlePage().add(new TitleEntry("copyright", "Copyright 2026"));
		s.add(ScriptElement.of(ElementType.NOTE, "A note before anything"));
		s.add(new ScriptElement(ElementType.SECTION, "Act One", null, false, 1, Double.NaN));
		s.add(new ScriptElement(ElementType.HEADING, "INT. GUN SHOP - NIGHT", "12A", false, 0, Double.NaN));
		s.add(ScriptElement.of(ElementType.SYNOPSIS, "Bob arms himself."));
		s.add(ScriptElement.of(ElementType.NOTE, "Check the permit\nfor the gun"));
		s.add(ScriptElement.of(ElementType.ACTION, "BOB loads the revolver & the <shotgun>.\nThen he waits."));
		s.add(ScriptElement.of(ElementType.CAST_LIST, "BOB, ANN"));
		s.add(ScriptElement.of(ElementType.CHARACTER, "BOB"));
		s.add(ScriptElement.of(ElementType.PARENTHETICAL, "(quietly)"));
		s.add(ScriptElement.of(ElementType.DIALOGUE, "Ready."));
		s.add(ScriptElement.of(ElementType.NOTE, "Loud?"));
		s.add(ScriptElement.of(ElementType.CHARACTER, "ANN").asDual());
		s.add(ScriptElement.of(ElementType.DIALOGUE, "Not yet.").asDual());
		s.add(ScriptElement.of(ElementType.LYRIC, "La la la"));
		s.add(ScriptElement.of(ElementType.PAGE_BREAK, ""));
		s.add(ScriptElement.of(ElementType.SHOT, "CLOSE ON THE DOOR"));
		s.add(ScriptElement.of(ElementType.CENTERED, "INTERMISSION"));
		s.add(ScriptElement.of(ElementType.SYNOPSIS, "Not right after a heading"));
		s.add(new ScriptElement(ElementType.SECTION, "Deep", null, false, 3, Double.NaN));
		s.add(ScriptElement.of(ElementType.TRANSITION, "CUT TO:"));
		s.add(ScriptElement.of(ElementType.PAGE_BREAK, ""));
		s.add(ScriptElement.of(ElementType.PAGE_BREAK, ""));
		s.add(ScriptElement.of(ElementType.ACTION, "Odd \u0001 control \u00e9\u4f60 \uD83C\uDFAC"));
		s.add(ScriptElement.of(ElementType.PAGE_BREAK, ""));
		// tags: whole word, two elements on one span, overlapping spans, a tag on a cue
		s.tags().add(new ImportedTag(5, 0, 3, "Cast Members", "BOB"));
		s.tags().add(new ImportedTag(5, 14, 8, "Props", "Revolver"));
		s.tags().add(new ImportedTag(5, 14, 8, "Weapons", "Revolver"));
		s.tags().add(new ImportedTag(5, 30, 7, "Props", "Shotgun"));
		s.tags().add(new ImportedTag(5, 14, 23, "Set Dressing", "Gun rack"));
		s.tags().add(new ImportedTag(7, 0, 3, "Cast Members", "BOB"));
		ParsedScript back = roundTrip(s);
		ParsedScript expected = s;
		// control characters XML cannot hold become spaces
		expected.elements().set(expected.elements().size() - 2,
				ScriptElement.of(ElementType.ACTION, "Odd   control \u00e9\u4f60 \uD83C\uDFAC"));
		assertSame(expected, back, "synthetic");
		assertFalse(back.warnings().stream().anyMatch(w -> w.contains("unknown")), back.warnings().toString());
	}
}
