// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

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
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The permits, permit and bench-permits commands on the sample production, and their answers to bad input. */
class PermitCommandsTest {
	private static final String TODAY = "2026-11-24"; //$NON-NLS-1$
	private static Locale saved;
	@TempDir
	Path dir;
	private String file;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	@BeforeEach
	void sample() throws Exception {
		file = Samples.ensure(dir).toString();
	}

	private static String run(CliCommand command, String... args) throws CliException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		command.run(new CliContext(List.of(args), out, out, false));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private JsonObject permits(String... extra) throws CliException {
		String[] args = new String[extra.length + 4];
		args[0] = file;
		args[1] = "--today"; //$NON-NLS-1$
		args[2] = TODAY;
		args[3] = "--json"; //$NON-NLS-1$
		System.arraycopy(extra, 0, args, 4, extra.length);
		return JsonParser.parseString(run(new PermitsCommand(), args)).getAsJsonObject();
	}

	private static int count(JsonObject report, String coverage) {
		int n = 0;
		for (JsonElement d : report.getAsJsonArray("days")) { //$NON-NLS-1$
			for (JsonElement need : d.getAsJsonObject().getAsJsonArray("permits")) { //$NON-NLS-1$
				if (need.getAsJsonObject().get("coverage").getAsString().equals(coverage)) { //$NON-NLS-1$ 
					n++;
				}
			}
		}
		return n;
	}

	@Test
	void reportsEachShootDaysPermitsAndGeneratesTheMissingOnes() throws Exception {
		JsonObject before = permits();
		JsonArray days = before.getAsJsonArray("days"); //$NON-NLS-1$
		assertEquals(1, days.get(0).getAsJsonObject().get("day").getAsInt()); //$NON-NLS-1$
		assertTrue(count(before, "MISSING") > 0, before::toString); //$NON-NLS-1$
		JsonObject road = null;
		for (JsonElement d : days) {
			for (JsonElement need : d.getAsJsonObject().getAsJsonArray("permits")) { //$NON-NLS-1$
				if (need.getAsJsonObject().get("authorityId").getAsString().equals("org.backlot.permits.traffic") //$NON-NLS-1$ //$NON-NLS-2$
						&& d.getAsJsonObject().get("place").getAsString().contains("Mountain Road")) { //$NON-NLS-1$ //$NON-NLS-2$
					road = need.getAsJsonObject();
				}
			}
		}
		assertTrue(road != null, before::toString);
		assertEquals("PENDING", road.get("coverage").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("AT_RISK", road.getAsJsonObject("clock").get("state").getAsString(), road::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, road.getAsJsonObject("clock").get("elapsedWorkingDays").getAsInt(), road::toString); //$NON-NLS-1$ //$NON-NLS-2$

		JsonObject after = permits("--generate"); //$NON-NLS-1$
		assertFalse(after.getAsJsonArray("created").isEmpty()); //$NON-NLS-1$
		assertEquals(0, count(after, "MISSING"), after::toString); //$NON-NLS-1$
		JsonObject reloaded = permits();
		assertEquals(0, count(reloaded, "MISSING"), "the drafts were saved"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4 + after.getAsJsonArray("created").size(), reloaded.getAsJsonArray("applications").size()); //$NON-NLS-1$ //$NON-NLS-2$
		String again = run(new PermitsCommand(), file, "--today", TODAY, "--generate"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(again.contains("nothing to create"), again); //$NON-NLS-1$
	}

	@Test
	void textReportNamesDaysAuthoritiesAndConflicts() throws Exception {
		String text = run(new PermitsCommand(), file, "--today", TODAY); //$NON-NLS-1$
		assertTrue(text.contains("Day 1") && text.contains("Traffic Police Brigade") && text.contains("Conflicts"), text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String report = run(new PermitsCommand(), file, "--today", TODAY, "--report"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(report.contains("Culture and Tourism Bureau"), report); //$NON-NLS-1$
	}

	@Test
	void showsOneApplicationAndWritesItsForm() throws Exception {
		JsonObject one = JsonParser.parseString(run(new PermitCommand(), file, "--id", "YC-2027-0142", "--today", TODAY, "--json")).getAsJsonObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("APPROVED", one.get("status").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("DECIDED_ON_TIME", one.getAsJsonObject("clock").get("state").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, one.getAsJsonObject("clock").get("elapsedWorkingDays").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
		Path pdf = dir.resolve("culture.pdf"); //$NON-NLS-1$
		run(new PermitCommand(), file, "--id", "YC-2027-0142", "--pdf", pdf.toString(), "--lang", "zh"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
			String text = new PDFTextStripper().getText(doc);
			assertTrue(text.contains("YC-2027-0142") && text.contains("文化和旅游局"), text); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void badInputIsNamed() {
		CliException noId = assertThrows(CliException.class, () -> run(new PermitCommand(), file));
		assertTrue(noId.getMessage().contains("--id"), noId.getMessage()); //$NON-NLS-1$
		CliException unknown = assertThrows(CliException.class, () -> run(new PermitCommand(), file, "--id", "zzz")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(unknown.getMessage().contains("zzz") && unknown.getMessage().contains("no application"), unknown.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		CliException date = assertThrows(CliException.class, () -> run(new PermitsCommand(), file, "--today", "24/11/2026")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(date.getMessage().contains("YYYY-MM-DD"), date.getMessage()); //$NON-NLS-1$
		CliException lang = assertThrows(CliException.class,
				() -> run(new PermitCommand(), file, "--id", "YC-2027-0142", "--pdf", dir.resolve("x.pdf").toString(), "--lang", "fr")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(lang.getMessage().contains("fr"), lang.getMessage()); //$NON-NLS-1$
		assertFalse(Files.exists(dir.resolve("x.pdf"))); //$NON-NLS-1$
	}

	@Test
	void benchmarkRunsOnItsGeneratedSchedule() throws Exception {
		JsonObject r = JsonParser.parseString(run(new BenchPermitsCommand(), "--runs", "2", "--json")).getAsJsonObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(60, r.get("days").getAsInt()); //$NON-NLS-1$
		assertTrue(r.get("requirements").getAsInt() > 30, r::toString); //$NON-NLS-1$
		assertTrue(r.get("applicationsCreated").getAsInt() > 0, r::toString); //$NON-NLS-1$
		assertEquals(4, r.getAsJsonArray("timings").size()); //$NON-NLS-1$
	}
}
