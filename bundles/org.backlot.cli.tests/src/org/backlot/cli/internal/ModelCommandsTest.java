// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.cli.internal.CliApplicationTest.Run;
import org.backlot.core.api.ModelFiles;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** new, info, validate and export on real files. */
class ModelCommandsTest {
	@TempDir
	Path dir;

	private Path newProduction() {
		Path file = dir.resolve("tea-house.backlot");
		Run r = CliApplicationTest.run("new", file.toString(), "--title", "茶馆 Tea House");
		assertEquals(0, r.code(), r.err());
		return file;
	}

	@Test
	void newWritesAProductionThatInfoDescribes() {
		Path file = newProduction();
		assertTrue(Files.exists(file));
		Run info = CliApplicationTest.run("info", file.toString(), "--json");
		assertEquals(0, info.code(), info.err());
		JsonObject o = JsonParser.parseString(info.out()).getAsJsonObject();
		assertEquals("production", o.get("type").getAsString());
		assertEquals("茶馆 Tea House", o.get("title").getAsString());
		assertEquals(0, o.get("scenes").getAsInt());
		assertEquals(1, o.get("schedules").getAsInt());
		Run text = CliApplicationTest.run("info", file.toString());
		assertTrue(text.out().lines().anyMatch(l -> l.matches("title\\s+茶馆 Tea House")), text.out());
	}

	@Test
	void newRefusesToReplaceAFileAndChecksItsArguments() throws Exception {
		Path file = newProduction();
		byte[] before = Files.readAllBytes(file);
		Run again = CliApplicationTest.run("new", file.toString());
		assertEquals(3, again.code());
		assertTrue(again.err().contains("already exists (use --force to replace it)"), again.err());
		assertEquals(new String(before), Files.readString(file));
		assertEquals(2, CliApplicationTest.run("new", dir.resolve("x.txt").toString()).code());
		Run missing = CliApplicationTest.run("new");
		assertEquals(2, missing.code());
		assertTrue(missing.err().startsWith("backlot: missing FILE"), missing.err());
		assertEquals(0, CliApplicationTest.run("new", file.toString(), "--force").code());
	}

	@Test
	void validateListsProblemsAndExitsOneOnErrors() throws Exception {
		Path file = newProduction();
		Run ok = CliApplicationTest.run("validate", file.toString());
		assertEquals(0, ok.code(), ok.out() + ok.err());
		assertTrue(ok.out().strip().endsWith(": 0 error(s), 0 warning(s)"), ok.out());

		Resource r = ModelFiles.store().load(ModelFiles.store().createResourceSet(), file);
		Production p = (Production) r.getContents().get(0);
		for (String n : new String[] { "12", "12" }) {
			Scene s = ScriptFactory.eINSTANCE.createScene();
			s.setNumber(n);
			s.setHeading("INT. TEA HOUSE - DAY");
			p.getScript().getScenes().add(s);
		}
		ModelFiles.store().save(r);
		Run bad = CliApplicationTest.run("validate", file.toString(), "--json");
		assertEquals(1, bad.code());
		assertTrue(bad.out().contains("Scene number 12 is used twice"), bad.out());
		assertTrue(bad.out().contains("\"severity\": \"error\""), bad.out());
	}

	@Test
	void validateNamesTheLineOfABrokenFile() throws Exception {
		Path file = newProduction();
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() / 2));
		Run r = CliApplicationTest.run("validate", file.toString());
		assertEquals(3, r.code());
		assertTrue(r.err().startsWith("backlot: " + file + ", line "), r.err());
		assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
	}

	@Test
	void exportWritesJson() throws Exception {
		Path file = newProduction();
		Run r = CliApplicationTest.run("export", file.toString(), "--format", "json");
		assertEquals(0, r.code(), r.err());
		JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals("production.Production", o.get("type").getAsString());
		assertEquals(17, o.getAsJsonObject("breakdown").getAsJsonArray("categories").size());
		assertEquals(o.getAsJsonArray("schedules").get(0).getAsJsonObject().get("id").getAsString(), o.get("activeSchedule").getAsString(),
				"references are written as ids");
		Path out = dir.resolve("out.json");
		assertEquals(0, CliApplicationTest.run("export", file.toString(), "--format", "json", "--out", out.toString()).code());
		assertTrue(Files.readString(out).contains("\"title\": \"茶馆 Tea House\""));
		Run xml = CliApplicationTest.run("export", file.toString(), "--format", "xml");
		assertEquals(2, xml.code());
		assertEquals("backlot: unknown format 'xml' (known: json, summary)", xml.err().strip());
	}
}
