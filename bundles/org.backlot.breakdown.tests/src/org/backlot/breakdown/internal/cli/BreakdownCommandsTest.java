// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.cli.internal.CliApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** import, scenes, elements and breakdown on the command line, with files on disk. */
class BreakdownCommandsTest {
	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CliApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path imported() {
		Path file = dir.resolve("tea.backlot");
		Run r = run("import", script("tea-house.fountain"), "--out", file.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("Imported fountain into"), r.out());
		return file;
	}

	private static String script(String name) {
		return org.backlot.breakdown.api.TestFiles.testdata(name).toString();
	}

	@Test
	void scenesJsonFollowsTheDocumentedSchema() {
		Path file = imported();
		Run r = run("--json", "scenes", file.toString());
		assertEquals(0, r.code(), r.err());
		JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
		JsonArray scenes = doc.getAsJsonArray("scenes");
		assertEquals(6, scenes.size());
		JsonObject first = scenes.get(0).getAsJsonObject();
		assertEquals("1", first.get("number").getAsString());
		assertEquals("EXT. YONGCHUAN OLD STREET - DAY", first.get("heading").getAsString());
		assertEquals("EXT", first.get("intExt").getAsString());
		assertEquals("YONGCHUAN OLD STREET", first.get("location").getAsString());
		assertEquals("DAY", first.get("time").getAsString());
		assertTrue(first.get("eighths").getAsInt() >= 1);
		assertEquals("LIN XIAO", first.getAsJsonArray("characters").get(0).getAsString());
		assertEquals(20, first.get("extras").getAsInt());
		assertTrue(first.getAsJsonObject("elements").has("cast"));
		JsonObject top = doc.getAsJsonArray("characters").get(0).getAsJsonObject();
		assertEquals("LIN XIAO", top.get("name").getAsString());
		assertEquals(3, top.get("scenes").getAsInt(), "she speaks in three scenes");
	}

	@Test
	void elementsAndReports() throws Exception {
		Path file = imported();
		Run e = run("--json", "elements", file.toString(), "--category", "cast");
		assertEquals(0, e.code(), e.err());
		JsonArray cast = JsonParser.parseString(e.out()).getAsJsonObject().getAsJsonArray("elements");
		assertEquals(2, cast.size());
		assertEquals(1, cast.get(0).getAsJsonObject().get("castNumber").getAsInt());

		Path pdf = dir.resolve("sheets.pdf");
		Run sheets = run("breakdown", file.toString(), "--format", "pdf", "--out", pdf.toString());
		assertEquals(0, sheets.code(), sheets.err());
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			assertEquals(6, d.getNumberOfPages(), "one page a scene");
			String text = new PDFTextStripper().getText(d);
			assertTrue(text.contains("YONGCHUAN OLD STREET"), text);
			assertTrue(text.contains("Lin Xiao"), text);
		}
		Path csv = dir.resolve("elements.csv");
		assertEquals(0, run("breakdown", file.toString(), "--format", "csv", "--out", csv.toString()).code());
		List<String> lines = Files.readAllLines(csv);
		assertEquals("\uFEFFcategory,name,cast_number,scene_count,scenes,confirmed,suggested", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("cast,Lin Xiao,1,5,1 2 3 5 6,")), lines.toString());
		Path characters = dir.resolve("characters.csv");
		assertEquals(0, run("breakdown", file.toString(), "--format", "csv", "--report", "characters", "--out",
				characters.toString()).code());
		assertEquals(List.of("\uFEFFname,scenes,scene_numbers", "LIN XIAO,3,1 2 5", "CHEN MO,2,2 4"),
				Files.readAllLines(characters));
		Run wrong = run("breakdown", file.toString(), "--format", "csv", "--report", "sheets", "--out", characters.toString());
		assertEquals(2, wrong.code());
		assertTrue(wrong.err().contains("sheets: pdf"), wrong.err());
	}

	@Test
	void badInputGetsAClearMessageAndWritesNothing() throws Exception {
		Path broken = dir.resolve("broken.fdx");
		Files.writeString(broken, "<FinalDraft><Content><Paragraph Type=\"Action\"><Text>unfinished");
		Path out = dir.resolve("x.backlot");
		Run r = run("import", broken.toString(), "--out", out.toString());
		assertEquals(3, r.code());
		assertTrue(r.err().contains("broken.fdx"), r.err());
		assertFalse(Files.exists(out), "nothing is written when the import fails");
		Run missing = run("import", dir.resolve("nope.fountain").toString(), "--out", out.toString());
		assertEquals(3, missing.code());
		assertTrue(missing.err().contains("No such file"), missing.err());
		assertEquals(2, run("import", script("tea-house.fountain")).code(), "--out is required");
		Run format = run("import", script("tea-house.fountain"), "--out", out.toString(), "--format", "celtx");
		assertEquals(3, format.code());
		assertTrue(format.err().contains("Unknown script format \"celtx\""), format.err());
		Path empty = dir.resolve("empty.fountain");
		Files.writeString(empty, "");
		assertTrue(run("import", empty.toString(), "--out", out.toString()).err().contains("is empty"));
	}
}
