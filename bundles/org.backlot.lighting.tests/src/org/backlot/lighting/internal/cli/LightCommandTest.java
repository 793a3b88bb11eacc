// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The light and bench-looks commands on the sample production in a temporary folder. */
class LightCommandTest {
	private static final String SETUP = "3C/3D over the counter";
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

	private static String run(CliCommand command, String... args) throws CliException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		command.run(new CliContext(List.of(args), out, out, false));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void listsTheSetUpsWithoutSetup() throws Exception {
		Path file = Samples.ensure(dir);
		String out = run(new LightCommand(), file.toString());
		assertTrue(out.contains(SETUP), out);
		JsonObject o = JsonParser.parseString(run(new LightCommand(), file.toString(), "--json")).getAsJsonObject();
		assertTrue(o.getAsJsonArray("setups").size() >= 1);
		assertTrue(o.getAsJsonArray("setups").asList().stream().anyMatch(s -> s.getAsJsonObject().get("name").getAsString().equals(SETUP)));
	}

	@Test
	void jsonGivesPerActorFiguresAndTotals() throws Exception {
		Path file = Samples.ensure(dir);
		JsonObject o = JsonParser.parseString(run(new LightCommand(), file.toString(), "--setup", SETUP.toUpperCase(Locale.ROOT), "--json"))
				.getAsJsonObject();
		assertEquals(SETUP, o.get("setup").getAsString());
		assertEquals(800, o.get("iso").getAsDouble());
		JsonArray actors = o.getAsJsonArray("actors");
		assertTrue(actors.size() > 0);
		JsonObject lin = actors.asList().stream().map(a -> a.getAsJsonObject()).filter(a -> a.get("name").getAsString().startsWith("Lin Xiao at the counter"))
				.findFirst().orElseThrow();
		assertTrue(lin.get("lux").getAsDouble() > 0);
		assertTrue(lin.get("tStop").getAsDouble() > 0);
		assertTrue(lin.get("kelvin").getAsDouble() > 1000);
		assertTrue(lin.has("ratio") && lin.has("duv") && lin.has("warnings"));
		JsonArray gear = o.getAsJsonArray("gear");
		assertEquals(4, gear.size());
		double watts = gear.asList().stream().mapToDouble(g -> g.getAsJsonObject().get("watts").getAsDouble()).sum();
		assertEquals(watts, o.get("totalWatts").getAsDouble(), 1e-9);
		assertTrue(o.getAsJsonArray("shortfall").isEmpty());
		assertTrue(o.has("problems"));
		assertFalse(o.get("saved").getAsBoolean());
		String text = run(new LightCommand(), file.toString(), "--setup", SETUP);
		assertTrue(text.contains("Lin Xiao at the counter"), text);
		assertTrue(text.contains("Total power"), text);
	}

	@Test
	void lookPrintsProposalsAndApplySavesTheBest() throws Exception {
		Path file = Samples.ensure(dir);
		byte[] before = Files.readAllBytes(file);
		JsonObject o = JsonParser.parseString(run(new LightCommand(), file.toString(), "--setup", SETUP, "--look", "rembrandt", "--stop", "4", "--json"))
				.getAsJsonObject();
		JsonObject look = o.getAsJsonObject("lookRun");
		assertEquals("rembrandt", look.get("id").getAsString());
		assertEquals(4, look.get("tStop").getAsDouble());
		JsonArray proposals = look.getAsJsonArray("proposals");
		assertTrue(proposals.size() >= 1);
		JsonObject best = proposals.get(0).getAsJsonObject();
		assertTrue(best.getAsJsonArray("fixtures").size() >= 1);
		assertTrue(best.getAsJsonArray("targets").size() >= 5);
		assertArrayEquals(before, Files.readAllBytes(file), "nothing written without --apply");
		String text = run(new LightCommand(), file.toString(), "--setup", SETUP, "--look", "\u4f26\u52c3\u6717\u5149", "--apply");
		assertTrue(text.contains("Proposal 1"), text);
		assertTrue(text.contains("Applied proposal 1"), text);
		Production back = CliFiles.production(file.toString());
		LightingSetup s = back.getLighting().getSetups().stream().filter(x -> x.getName().equals(SETUP)).findFirst().orElseThrow();
		assertEquals("Rembrandt", s.getLook().getName());
		assertTrue(s.getFixtures().stream().anyMatch(f -> f.getName().equals("Key")));
		assertEquals(1, s.getFixtures().stream().filter(f -> f.getType().getKind() == FixtureKind.PRACTICAL).count(), "the practical stays");
	}

	@Test
	void renderWritesAPngOfTheAskedSize() throws Exception {
		Path file = Samples.ensure(dir);
		Path png = dir.resolve("out").resolve("preview.png");
		String out = run(new LightCommand(), file.toString(), "--setup", SETUP, "--render", png.toString(), "--width", "64", "--height", "36");
		assertTrue(out.contains("preview.png"), out);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(64, image.getWidth());
		assertEquals(36, image.getHeight());
		try (var files = Files.list(png.getParent())) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void subjectChoosesWhomTheLookIsFor() throws Exception {
		Path file = Samples.ensure(dir);
		JsonObject o = JsonParser.parseString(run(new LightCommand(), file.toString(), "--setup", SETUP, "--look", "loop", "--subject", "old he", "--json"))
				.getAsJsonObject();
		assertTrue(o.getAsJsonObject("lookRun").get("subject").getAsString().startsWith("Old He"));
		JsonObject lit = JsonParser.parseString(run(new LightCommand(), file.toString(), "--setup", SETUP, "--look", "loop", "--json")).getAsJsonObject();
		assertTrue(lit.getAsJsonObject("lookRun").get("subject").getAsString().startsWith("Lin Xiao at the counter"), "the actor the lamps aim at");
		CliException e = assertThrows(CliException.class, () -> run(new LightCommand(), file.toString(), "--setup", SETUP, "--look", "loop", "--subject", "lin"));
		assertTrue(e.getMessage().contains("Lin Xiao at the door"), "ambiguous: both of Lin Xiao's marks");
	}

	@Test
	void badInputIsACliExceptionWithAOneLineReason() throws Exception {
		Path file = Samples.ensure(dir);
		LightCommand c = new LightCommand();
		assertThrows(CliException.class, () -> run(c));
		CliException setup = assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", "no such set-up"));
		assertTrue(setup.getMessage().contains(SETUP), setup.getMessage());
		CliException look = assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", SETUP, "--look", "disco"));
		assertTrue(look.getMessage().contains("rembrandt") && look.getMessage().contains("Rainy afternoon"), look.getMessage());
		assertFalse(look.getMessage().contains("\n"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", SETUP, "--look", "loop", "--stop", "abc"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", SETUP, "--look", "loop", "--stop", "200"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", SETUP, "--quality", "perfect"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", SETUP, "--render", dir.resolve("x.jpg").toString()));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--setup", SETUP, "--width", "ten"));
		assertThrows(CliException.class, () -> run(c, file.toString(), "--look", "loop"), "two set-ups: --setup is needed");
		assertThrows(CliException.class, () -> run(c, dir.resolve("missing.backlot").toString()));
		assertThrows(CliException.class, () -> run(new BenchLooksCommand(), "a.backlot", "b.backlot"));
		assertThrows(CliException.class, () -> run(new BenchLooksCommand(), "--runs", "0"));
	}

	@Test
	void benchLooksCoversEveryPresetOnEverySetUpAndTheGeneratedOne() throws Exception {
		Path file = Samples.ensure(dir);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		new BenchLooksCommand().run(new CliContext(List.of(file.toString(), "--runs", "1"), out, out, true));
		JsonArray rows = JsonParser.parseString(bytes.toString(StandardCharsets.UTF_8)).getAsJsonArray();
		Production p = CliFiles.production(file.toString());
		assertEquals((p.getLighting().getSetups().size() + 1) * 9, rows.size());
		for (var r : rows) {
			JsonObject row = r.getAsJsonObject();
			assertTrue(row.get("millis").getAsDouble() > 0);
			assertTrue(row.getAsJsonArray("targets").size() >= 5);
		}
	}
}
