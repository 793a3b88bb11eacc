// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.model.production.Production;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real registry inside OSGi: Backlot's own formats come through
 * org.backlot.core.exporters, and the test fragment's broken ones are reported and skipped.
 */
class ExporterRegistryTest {
	@TempDir
	Path dir;

	@Test
	void backlotsOwnFormatsAreContributions() {
		Exporters.Format json = Exporters.find("json").orElseThrow(() -> new AssertionError(Exporters.ids()));
		assertEquals("org.backlot.core", json.plugin());
		assertEquals("json", json.extension());
		assertFalse(json.name().isBlank() || json.name().startsWith("%"), "the name comes translated: " + json.name());
		Production p = Fixtures.production(Fixtures.studio());
		assertTrue(json.accepts(p) && json.accepts(p.getStudio()));
		assertEquals(json, Exporters.find("JSON").orElseThrow(), "ids ignore case");
		assertTrue(Exporters.find("summary").isPresent(), Exporters.ids());
		assertTrue(Exporters.forRoot(p.getStudio()).stream().anyMatch(f -> f.id().equals("summary")));
		assertTrue(Exporters.find("test-incomplete").isEmpty(), "a contribution without an extension is left out");
		List<String> ids = Exporters.all().stream().map(Exporters.Format::id).toList();
		assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");
	}

	@Test
	void theJsonFormatExportsAProduction() throws Exception {
		Path target = dir.resolve("tea.json");
		Exporters.export(Exporters.find("json").orElseThrow(), Fixtures.production(Fixtures.studio()), target, null);
		String text = Files.readString(target);
		assertTrue(text.startsWith("{") && text.strip().endsWith("}"), text);
		assertTrue(text.contains("\"title\": \"Tea House\""), text);
	}

	@Test
	void brokenContributionsAreReportedNamingThePluginAndSkipped() throws Exception {
		Contributions.takeProblems();
		Production p = Fixtures.production(Fixtures.studio());
		Path target = dir.resolve("tea.txt");
		Exporters.Format throwing = Exporters.find("test-throwing").orElseThrow();
		ExportException failed = assertThrows(ExportException.class, () -> Exporters.export(throwing, p, target, null));
		assertTrue(failed.getMessage().contains("a broken exporter") && failed.getMessage().contains("(plugin 'org.backlot.core"), failed.getMessage());
		assertFalse(Files.exists(target), "no half file");
		assertTrue(Exporters.find("test-throwing").isPresent(), "a failed export fails only that export");

		Exporters.Format missing = Exporters.find("test-missing").orElseThrow();
		ExportException notLoaded = assertThrows(ExportException.class, () -> Exporters.export(missing, p, target, null));
		assertTrue(notLoaded.getMessage().contains("could not be loaded"), notLoaded.getMessage());
		assertTrue(Exporters.find("test-missing").isEmpty(), "a format that cannot be loaded is skipped from then on");
		assertTrue(Exporters.find("json").isPresent(), "and the others go on");

		List<String> problems = Contributions.takeProblems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(s -> s.startsWith("The plugin 'Backlot Core (org.backlot.core)' contributes to Exporters (org.backlot.core.exporters)")),
				problems.toString());
		assertFalse(Files.exists(target));
	}
}
