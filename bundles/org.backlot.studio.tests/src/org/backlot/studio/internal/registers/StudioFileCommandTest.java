// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.studio.internal.StudioCommand;
import org.backlot.studio.internal.generator.GeneratedStudio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code studio STUDIO --report|--import|--export}: reports as text and JSON, registers in and out, a bad file rejected untouched. */
class StudioFileCommandTest {
	@TempDir
	Path dir;
	private Path studio;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@BeforeEach
	void write() throws Exception {
		Studio s = StudioFactory.eINSTANCE.createStudio();
		s.setFileVersion(ModelStore.CURRENT_VERSION);
		GeneratedStudio.fill(s, 9, 200, 150, 40);
		studio = dir.resolve("base.backlot-studio");
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(studio.toString()));
		r.getContents().add(s);
		ModelFiles.store().save(r);
	}

	private int run(boolean json, String... args) throws CliException {
		out.reset();
		return new StudioCommand().run(new CliContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, json));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private Studio load() throws Exception {
		return (Studio) ModelFiles.store().load(ModelFiles.store().createResourceSet(), studio).getContents().get(0);
	}

	@Test
	void reportsStageUtilisationAsJsonAndText() throws Exception {
		assertEquals(0, run(true, studio.toString(), "--report", "stages", "--from", "2027-03-01", "--to", "2027-03-31"));
		JsonObject o = JsonParser.parseString(output()).getAsJsonObject();
		assertEquals("2027-03-01", o.get("from").getAsString());
		assertEquals(12, o.getAsJsonArray("stages").size());
		JsonObject three = o.getAsJsonArray("stages").get(2).getAsJsonObject();
		assertEquals(3, three.get("number").getAsInt());
		assertEquals(3, three.get("daysUsed").getAsInt(), "Red Lanterns holds stage 3 from Mar 15 to 17");
		assertEquals(3 / 31.0, three.get("share").getAsDouble(), 0.001);
		assertEquals(0, run(false, studio.toString(), "--report", "stages"));
		assertTrue(output().contains("Stage utilisation from 2027-03-01 to 2027-03-17"), output());
	}

	@Test
	void reportsInventoryExtrasAndHousing() throws Exception {
		for (String what : List.of("inventory", "extras", "housing")) {
			assertEquals(0, run(true, studio.toString(), "--report", what), what);
			JsonObject o = JsonParser.parseString(output()).getAsJsonObject();
			assertEquals(what, o.get("report").getAsString());
			assertEquals(0, run(false, studio.toString(), "--report", what), what);
		}
		run(true, studio.toString(), "--report", "inventory");
		assertEquals(200, JsonParser.parseString(output()).getAsJsonObject().get("items").getAsInt());
		run(true, studio.toString(), "--report", "extras", "--from", "2027-01-01", "--to", "2027-01-31");
		JsonObject extras = JsonParser.parseString(output()).getAsJsonObject();
		int sum = extras.getAsJsonObject("byAgeBand").entrySet().stream().mapToInt(e -> e.getValue().getAsInt()).sum();
		assertEquals(150, sum, "every extra is in one age band");
		run(true, studio.toString(), "--report", "housing", "--from", "2027-01-01", "--to", "2027-01-07");
		assertEquals(7, JsonParser.parseString(output()).getAsJsonObject().getAsJsonArray("days").size());
	}

	@Test
	void exportsEditsAndImportsARegister() throws Exception {
		Path csv = dir.resolve("stages.csv");
		assertEquals(0, run(false, studio.toString(), "--export", "stages", csv.toString()));
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFFid,number,name,nameZh,"), text);
		assertTrue(text.contains("3号摄影棚"), text);
		Files.writeString(csv, text.replace("3号摄影棚", "3号摄影棚（新）"), StandardCharsets.UTF_8);
		assertEquals(0, run(true, studio.toString(), "--import", "STAGES", csv.toString()));
		JsonObject o = JsonParser.parseString(output()).getAsJsonObject();
		assertEquals(1, o.get("updated").getAsInt());
		assertEquals(11, o.get("unchanged").getAsInt());
		assertEquals("3号摄影棚（新）", load().getStages().get(2).getNameZh());
	}

	@Test
	void aBadFileIsRejectedNamingRowAndColumnAndTheStudioIsUntouched() throws Exception {
		Path csv = dir.resolve("extras.csv");
		run(false, studio.toString(), "--export", "extras", csv.toString());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		String[] cells = lines.get(16).split(",", -1);
		cells[5] = "abc";
		lines.set(16, String.join(",", cells));
		Files.write(csv, lines, StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(studio);
		CliException e = assertThrows(CliException.class, () -> run(false, studio.toString(), "--import", "extras", csv.toString()));
		assertEquals(CliException.BAD_INPUT, e.exitCode());
		assertTrue(e.getMessage().contains("row 17, column heightCm: 'abc' is not a number"), e.getMessage());
		assertTrue(e.getMessage().contains("(1 problems)") || e.getMessage().contains("1 problem"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(studio));
	}

	@Test
	void badUsageIsNamed() {
		String s = studio.toString();
		assertEquals(CliException.USAGE, assertThrows(CliException.class, () -> run(false, s, "--report", "parking")).exitCode());
		assertTrue(assertThrows(CliException.class, () -> run(false, s, "--export", "props", "x.csv")).getMessage().contains("unknown register 'props'"));
		assertTrue(assertThrows(CliException.class, () -> run(false, s, "--report", "stages", "--from", "1.3.2027")).getMessage().contains("YYYY-MM-DD"));
		assertTrue(assertThrows(CliException.class, () -> run(false, s, "--import", "extras")).getMessage().contains("CSV"));
		assertTrue(assertThrows(CliException.class, () -> run(false, s, "--import", "extras", "a.csv", "--export", "extras")).getMessage()
				.contains("one of --report"));
		assertEquals(CliException.BAD_INPUT, assertThrows(CliException.class, () -> run(false, s, "--import", "extras", dir.resolve("none.csv").toString()))
				.exitCode());
		assertTrue(assertThrows(CliException.class, () -> run(false, s)).getMessage().contains("unknown studio command"));
	}
}
