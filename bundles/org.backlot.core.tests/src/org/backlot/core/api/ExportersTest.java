// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Exporter contributions are read from their XML, export atomically, and a broken one is reported and skipped. */
class ExportersTest {
	private static final String PLUGIN = "com.example.formats";

	@TempDir
	Path dir;

	@BeforeEach
	void forgetProblems() {
		Contributions.takeProblems();
	}

	static IConfigurationElement exporter(String plugin, String id, String extension, String roots, String className) {
		Map<String, String> a = new HashMap<>();
		a.put("id", id);
		a.put("name", id.toUpperCase() + " format");
		a.put("extension", extension);
		a.put("roots", roots);
		a.put("class", className);
		return FakeContribution.element(Exporter.EXTENSION_POINT, plugin, "exporter", a);
	}

	private static Exporters.Format format(String id, String roots, String className) {
		List<Exporters.Format> formats = Exporters.read(new IConfigurationElement[] { exporter(PLUGIN, id, "out", roots, className) });
		assertEquals(1, formats.size(), () -> Contributions.takeProblems().toString());
		return formats.get(0);
	}

	@Test
	void readsWhatTheContributionSaysAndLeavesOutIncompleteOnes() {
		IConfigurationElement check = FakeContribution.element(ModelCheck.EXTENSION_POINT, PLUGIN, "check", Map.of("id", "c"));
		Contributions.reportBroken(check, "a problem of another point");
		List<Exporters.Format> formats = Exporters.read(new IConfigurationElement[] {
				exporter(PLUGIN, "zeta", ".ZZ", null, "com.example.Zeta"),
				exporter(PLUGIN, "alpha", "csv", "production, studio", "com.example.Alpha"),
				exporter("com.example.other", "ALPHA", "txt", "studio", "com.example.Again"),
				exporter(PLUGIN, "noext", null, "studio", "com.example.NoExt"),
				exporter(PLUGIN, "odd", "x", "budget", "com.example.Odd") });
		assertEquals(List.of("alpha", "zeta"), formats.stream().map(Exporters.Format::id).toList(), "sorted by id");
		Exporters.Format alpha = formats.get(0);
		assertEquals("ALPHA format", alpha.name());
		assertEquals(PLUGIN, alpha.plugin());
		assertTrue(alpha.productions() && alpha.studios());
		Exporters.Format zeta = formats.get(1);
		assertEquals("ZZ", zeta.extension(), "the dot is dropped");
		assertTrue(zeta.productions() && !zeta.studios(), "productions when roots is not given");
		assertEquals("tea.ZZ", zeta.fileName("tea"));

		List<String> problems = Contributions.takeProblems(Exporter.EXTENSION_POINT);
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("'com.example.other'") && problems.get(0).contains("is already used by the plugin 'com.example.formats'"),
				problems.get(0));
		assertTrue(problems.get(1).contains("org.backlot.core.exporters") && problems.get(1).contains("has no 'extension'"), problems.get(1));
		assertTrue(problems.get(2).contains("unknown root 'budget'"), problems.get(2));
		List<String> others = Contributions.takeProblems();
		assertEquals(1, others.size(), "problems of other points stay: " + others);
		assertTrue(others.get(0).contains("a problem of another point"), others.get(0));
	}

	@Test
	void exportsJsonToAFileAtomically() throws Exception {
		Exporters.Format json = format("json", "production,studio", "org.backlot.core.internal.export.JsonExporter");
		Production p = Fixtures.production(Fixtures.studio());
		Path target = dir.resolve("out/tea.json");
		Exporters.export(json, p, target, null);
		String text = Files.readString(target, StandardCharsets.UTF_8);
		assertEquals(JsonToken.END_DOCUMENT, skipValue(text), "one complete JSON value");
		assertTrue(text.contains("\"type\": \"production.Production\""), text);
		assertTrue(text.contains("\"originalTitle\": \"茶馆\""), text);
		try (var files = Files.list(target.getParent())) {
			assertEquals(List.of(target), files.toList(), "no temporary file is left");
		}
		Studio studio = p.getStudio();
		assertTrue(json.accepts(studio));
		assertTrue(new String(Exporters.write(json, studio, null), StandardCharsets.UTF_8).contains("\"type\": \"studio.Studio\""));
		assertEquals(List.of(), Contributions.takeProblems());
	}

	@Test
	void summaryIsAReportOfTheFacts() throws Exception {
		Exporters.Format summary = format("summary", "production,studio", "org.backlot.core.internal.export.SummaryExporter");
		String text = new String(Exporters.write(summary, Fixtures.production(Fixtures.studio()), null), StandardCharsets.UTF_8);
		assertEquals(JsonToken.END_DOCUMENT, skipValue(text));
		assertTrue(text.contains("\"scenes\": 3"), text);
		assertTrue(text.contains("\"title\": \"Tea House\""), text);
	}

	@Test
	void aFailingExporterLeavesTheOldFileAndIsReported() throws Exception {
		Exporters.Format broken = format("broken", null, "org.backlot.core.api.ThrowingExporter");
		Path target = dir.resolve("tea.out");
		Files.writeString(target, "the previous export");
		ExportException e = assertThrows(ExportException.class,
				() -> Exporters.export(broken, Fixtures.production(Fixtures.studio()), target, null));
		assertEquals("The format 'BROKEN format' (plugin 'com.example.formats') could not export: java.lang.IllegalStateException: a broken exporter",
				e.getMessage());
		assertTrue(e.brokenPlugin());
		assertEquals("the previous export", Files.readString(target));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no half file beside it");
		}
		List<String> problems = Contributions.takeProblems();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("The plugin 'com.example.formats' contributes to ") && problems.get(0).contains("org.backlot.core.exporters"),
				problems.get(0));

		Production full = Fixtures.production(Fixtures.studio());
		full.setTitle("Disk full");
		ExportException io = assertThrows(ExportException.class, () -> Exporters.export(broken, full, target, null));
		assertTrue(io.getMessage().endsWith("could not export: no space left on the export disk"), io.getMessage());
		assertFalse(io.brokenPlugin());
		assertEquals(List.of(), Contributions.takeProblems(), "a format that cannot write this root is not a broken plugin");
	}

	@Test
	void aMissingClassIsReportedAndNothingIsWritten() {
		Exporters.Format missing = format("missing", null, "com.example.formats.DoesNotExist");
		Path target = dir.resolve("tea.out");
		ExportException e = assertThrows(ExportException.class,
				() -> Exporters.export(missing, Fixtures.production(Fixtures.studio()), target, null));
		assertEquals("The format 'MISSING format' (plugin 'com.example.formats') could not be loaded and is left out (see the log).", e.getMessage());
		assertTrue(e.brokenPlugin());
		assertFalse(Files.exists(target));
		List<String> problems = Contributions.takeProblems();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("com.example.formats.DoesNotExist"), problems.get(0));
	}

	@Test
	void aFormatRefusesRootsItDoesNotExport() {
		Exporters.Format studios = format("rooms", "studio", "org.backlot.core.internal.export.JsonExporter");
		Production p = Fixtures.production(Fixtures.studio());
		assertFalse(studios.accepts(p));
		assertTrue(studios.accepts(p.getStudio()));
		ExportException e = assertThrows(ExportException.class, () -> Exporters.write(studios, p, null));
		assertEquals("The format 'ROOMS format' exports studios, not productions.", e.getMessage());
	}

	private static JsonToken skipValue(String text) throws Exception {
		try (JsonReader r = new JsonReader(new StringReader(text))) {
			r.skipValue();
			return r.peek();
		}
	}
}
