// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The dood and callsheet commands on a saved production, and their answers to bad arguments. */
class ReportCommandsTest {
	@TempDir
	Path dir;
	private String file;

	@BeforeEach
	void save() throws Exception {
		Path path = dir.resolve("dood.backlot");
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(path.toString()));
		r.getContents().add(new DoodFixture().production);
		ModelFiles.store().save(r);
		file = path.toString();
	}

	private static String run(CliCommand command, boolean json, String... args) throws CliException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = command.run(new CliContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, json));
		assertEquals(0, code);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void doodPrintsAGridByDefault() throws Exception {
		String text = run(new DoodCommand(), false, file);
		assertTrue(text.contains("1. Anna"), text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("2. Bo") && l.contains("TR   SWF  TR")), text);
		assertTrue(text.contains("Spring Fest") || text.contains("3/12"), text);
	}

	@Test
	void doodCsvJsonAndPdf() throws Exception {
		String csv = run(new DoodCommand(), false, file, "--category", "props", "--csv");
		assertTrue(csv.startsWith("Element,2027-03-01 (1),"), csv);
		assertEquals(2, csv.split("\r\n").length);
		JsonObject doc = JsonParser.parseString(run(new DoodCommand(), false, file, "--json")).getAsJsonObject();
		assertEquals("2027-03-01", doc.getAsJsonArray("columns").get(0).getAsJsonObject().get("date").getAsString());
		JsonObject bo = doc.getAsJsonArray("rows").get(1).getAsJsonObject();
		assertEquals("Bo", bo.get("element").getAsString());
		assertEquals(2, bo.get("castNumber").getAsInt());
		assertEquals("SWF", bo.getAsJsonArray("codes").get(1).getAsString());
		assertEquals(2, bo.get("travel").getAsInt());
		assertEquals("2027-03-03", bo.get("finish").getAsString());
		JsonObject global = JsonParser.parseString(run(new DoodCommand(), true, file)).getAsJsonObject();
		assertEquals(7, global.getAsJsonArray("rows").size(), "the global --json switch works too");
		Path pdf = dir.resolve("out/dood.pdf");
		Files.createDirectories(pdf.getParent());
		run(new DoodCommand(), false, file, "--pdf", pdf.toString(), "--paper", "letter");
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(d);
			assertTrue(text.contains("Anna") && text.contains("SWF"), text);
		}
	}

	@Test
	void doodRejectsBadArguments() {
		CliException e = assertThrows(CliException.class, () -> run(new DoodCommand(), false, file, "--category", "dragons"));
		assertTrue(e.getMessage().contains("dragons") && e.getMessage().contains("props") && e.getMessage().contains("cast"), e.getMessage());
		assertThrows(CliException.class, () -> run(new DoodCommand(), false, file, "--csv", "--json"));
		assertThrows(CliException.class, () -> run(new DoodCommand(), false));
		assertThrows(CliException.class, () -> run(new DoodCommand(), false, file, "--colour"));
		CliException missing = assertThrows(CliException.class, () -> run(new DoodCommand(), false, dir.resolve("none.backlot").toString()));
		assertEquals(CliException.BAD_INPUT, missing.exitCode());
	}

	@Test
	void callSheetWritesThePdf() throws Exception {
		Path pdf = dir.resolve("day2.pdf");
		String out = run(new CallSheetCommand(), false, file, "--day", "2", "--out", pdf.toString());
		assertTrue(out.contains(pdf.toString()), out);
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(d);
			assertTrue(text.contains("DOOD test"), text);
			assertTrue(text.contains("Bo"), text);
			assertTrue(text.contains("Actor Anna"), text);
		}
	}

	@Test
	void callSheetRejectsBadArguments() {
		Path pdf = dir.resolve("x.pdf");
		CliException range = assertThrows(CliException.class, () -> run(new CallSheetCommand(), false, file, "--day", "12", "--out", pdf.toString()));
		assertTrue(range.getMessage().contains("12") && range.getMessage().contains("9"), range.getMessage());
		assertEquals(CliException.USAGE, range.exitCode());
		assertThrows(CliException.class, () -> run(new CallSheetCommand(), false, file, "--out", pdf.toString()));
		assertThrows(CliException.class, () -> run(new CallSheetCommand(), false, file, "--day", "2"));
		assertThrows(CliException.class, () -> run(new CallSheetCommand(), false, file, "--day", "two", "--out", pdf.toString()));
		assertThrows(CliException.class, () -> run(new CallSheetCommand(), false, "--day", "2", "--out", pdf.toString()));
		assertFalse(Files.exists(pdf), "nothing written on bad input");
	}
}
