// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.cli.internal.CliApplicationTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code export} goes through the org.backlot.core.exporters registry: it lists the formats and names them when one is wrong. */
class ExportCommandTest {
	@TempDir
	Path dir;

	private Path production() {
		Path file = dir.resolve("tea.backlot");
		Run r = CliApplicationTest.run("new", file.toString(), "--title", "Tea");
		assertEquals(0, r.code(), r.err());
		return file;
	}

	@Test
	void formatsListsTheInstalledFormatsWithTheirPlugin() {
		Run r = CliApplicationTest.run("export", "--formats");
		assertEquals(0, r.code(), r.err());
		List<String> lines = r.out().lines().toList();
		assertTrue(lines.contains("json\tBacklot JSON\t.json\tproduction,studio\torg.backlot.core"), r.out());
		assertTrue(lines.contains("summary\tSummary (JSON)\t.json\tproduction,studio\torg.backlot.core"), r.out());
		assertEquals("", r.err());

		Run json = CliApplicationTest.run("--json", "export", "--formats");
		JsonArray rows = JsonParser.parseString(json.out()).getAsJsonArray();
		JsonObject first = rows.get(0).getAsJsonObject();
		assertEquals("json", first.get("id").getAsString());
		assertEquals("json", first.get("extension").getAsString());
		assertEquals("org.backlot.core", first.get("plugin").getAsString());
		assertEquals(2, first.getAsJsonArray("roots").size());
	}

	@Test
	void formatsForAFileAreThoseThatExportIt() {
		Run r = CliApplicationTest.run("export", production().toString(), "--formats");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("json\t"), r.out());
		assertEquals(3, CliApplicationTest.run("export", dir.resolve("none.backlot").toString(), "--formats").code(), "the file is read");
	}

	@Test
	void anUnknownOrMissingFormatIsOneLineNamingTheInstalledOnes() {
		Path file = production();
		Run unknown = CliApplicationTest.run("export", file.toString(), "--format", "xlsx");
		assertEquals(2, unknown.code());
		assertEquals("backlot: unknown format 'xlsx' (known: json, summary)", unknown.err().strip());
		assertEquals("", unknown.out());
		Run missing = CliApplicationTest.run("export", file.toString());
		assertEquals(2, missing.code());
		assertEquals("backlot: missing --format ID (installed: json, summary)", missing.err().strip());
	}

	@Test
	void summaryIsExportedAtomicallyToAFile() throws Exception {
		Path out = dir.resolve("reports/tea-summary.json");
		Run r = CliApplicationTest.run("export", production().toString(), "--format", "SUMMARY", "--out", out.toString());
		assertEquals(0, r.code(), r.err());
		JsonObject o = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
		assertEquals("production", o.get("type").getAsString());
		assertEquals("Tea", o.get("title").getAsString());
		try (var files = Files.list(out.getParent())) {
			assertEquals(1, files.count(), "no temporary file is left");
		}
		Run bad = CliApplicationTest.run("export", dir.resolve("none.backlot").toString(), "--format", "json", "--out", dir.resolve("none.json").toString());
		assertEquals(3, bad.code());
		assertFalse(Files.exists(dir.resolve("none.json")));
	}
}
