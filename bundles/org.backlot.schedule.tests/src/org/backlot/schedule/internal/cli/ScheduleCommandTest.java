// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.cli;

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
import java.util.Locale;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.ModelFiles;
import org.backlot.model.production.Production;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.internal.solver.Crafted;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The schedule and bench-schedule commands on a production file in a temporary folder. */
class ScheduleCommandTest {
	private static Locale saved;
	@TempDir
	Path dir;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	private Path write() throws Exception {
		Crafted c = new Crafted(false);
		for (int i = 1; i <= 9; i++) {
			Scene s = c.scene(Integer.toString(i), i % 3 == 0 ? IntExt.EXT : IntExt.INT, i % 4 == 0 ? TimeOfDay.NIGHT : TimeOfDay.DAY, 6 + i,
					"SET " + i % 3);
			if (i % 2 == 0) {
				c.cast(i, "Actor " + i, 0, s, c.p.getScript().getScenes().get(0));
			}
		}
		Path file = dir.resolve("crafted.backlot");
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(file.toString()));
		r.getContents().add(c.p);
		ModelFiles.store().save(r);
		return file;
	}

	private static String run(CliCommand command, String... args) throws CliException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		command.run(new CliContext(List.of(args), out, out, false));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsTheBoardAndWritesNothingWithoutSave() throws Exception {
		Path file = write();
		byte[] before = Files.readAllBytes(file);
		String out = run(new ScheduleCommand(), file.toString(), "--optimize", "--seconds", "0.3", "--start", "2027-03-08");
		assertTrue(out.contains("Day 1"), out);
		assertTrue(out.contains("Mar 8, 2027"), out);
		assertTrue(out.contains("Company moves"), out);
		assertTrue(out.contains("Cast availability"), out);
		assertTrue(out.contains("Optimised"), out);
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void saveWritesTheOptimisedBoard() throws Exception {
		Path file = write();
		run(new ScheduleCommand(), file.toString(), "--optimize", "--seconds", "0.3", "--seed", "7", "--save");
		Production back = ScheduleCommand.load(file.toString());
		assertTrue(Boards.read(Boards.active(back)).dayCount() > 0);
		assertTrue(Boards.read(Boards.active(back)).unscheduled().isEmpty());
		String json = run(new ScheduleCommand(), file.toString(), "--json");
		JsonObject o = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(9, o.getAsJsonArray("days").asList().stream().mapToInt(d -> d.getAsJsonObject().getAsJsonArray("scenes").size()).sum());
		assertEquals(6, o.getAsJsonObject("cost").getAsJsonArray("terms").size());
		assertEquals(11, o.getAsJsonArray("constraints").size());
	}

	@Test
	void badArgumentsAreCliExceptions() throws Exception {
		Path file = write();
		ScheduleCommand c = new ScheduleCommand();
		assertThrows(CliException.class, () -> run(c));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--seconds", "abc"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--seconds", "-1"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--seed", "x"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--start", "2027-13-40"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--frobnicate"));
		assertThrows(CliException.class, () -> run(c, dir.resolve("missing.backlot").toString()));
		BenchScheduleCommand b = new BenchScheduleCommand();
		assertThrows(CliException.class, () -> run(b, "--runs", "0"));
		assertThrows(CliException.class, () -> run(b, "a.backlot", "b.backlot"));
	}

	@Test
	void benchComparesWithTheClassicSortOnTheFileAndTheGeneratedProduction() throws Exception {
		Path file = write();
		String json = run(new BenchScheduleCommand(), file.toString(), "--seconds", "0.3", "--json");
		var rows = JsonParser.parseString(json).getAsJsonArray();
		assertEquals(2, rows.size());
		assertEquals(9, rows.get(0).getAsJsonObject().get("scenes").getAsInt());
		assertEquals(190, rows.get(1).getAsJsonObject().get("scenes").getAsInt());
		String text = run(new BenchScheduleCommand(), "--seconds", "0.3");
		assertTrue(text.contains("190"), text);
		assertTrue(text.contains("Shoot days"), text);
	}
}
