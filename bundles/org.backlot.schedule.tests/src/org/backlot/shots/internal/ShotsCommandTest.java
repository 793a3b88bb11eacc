// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;
import org.backlot.model.shots.CameraSetup;
import org.backlot.shots.api.FieldOfView;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The shots and storyboard commands on the saved sample production. */
class ShotsCommandTest {
	@TempDir
	static Path dir;
	private static Path file;

	@BeforeAll
	static void save() throws Exception {
		file = Samples.ensure(dir);
	}

	private static String run(CliCommand command, boolean json, String... args) throws CliException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		command.run(new CliContext(List.of(args), out, out, json));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void sceneThreeAsJson() throws CliException {
		JsonObject doc = JsonParser.parseString(run(new ShotsCommand(), true, file.toString(), "--scene", "3")).getAsJsonObject();
		JsonArray scenes = doc.getAsJsonArray("scenes");
		assertEquals(1, scenes.size());
		JsonObject three = scenes.get(0).getAsJsonObject();
		assertEquals("3", three.get("scene").getAsString());
		assertEquals(2, three.get("setups").getAsInt());
		assertEquals(140, three.get("totalMinutes").getAsInt());
		JsonArray shots = three.getAsJsonArray("shots");
		assertEquals(4, shots.size());
		JsonObject c = shots.get(2).getAsJsonObject();
		assertEquals("3C", c.get("number").getAsString());
		assertEquals("MS", c.get("size").getAsString());
		assertEquals("EYE_LEVEL", c.get("angle").getAsString());
		assertEquals("STATIC", c.get("movement").getAsString());
		assertEquals(50, c.get("lensMm").getAsDouble());
		assertEquals("B: over the counter", c.get("setup").getAsString());
		assertEquals(3, c.get("setupX").getAsDouble());
		assertEquals(328, c.get("setupPan").getAsDouble());
		Production p = (Production) CliFiles.load(file.toString());
		CameraSetup counter = p.getShotList().getSetups().stream().filter(s -> s.getName().startsWith("B:")).findFirst().orElseThrow();
		assertEquals(FieldOfView.horizontalDegrees(50, counter.getSensorWidthMm()), c.get("fieldOfViewDeg").getAsDouble(), 0.06);
		assertEquals("Chen Mo pours from three feet.", c.get("description").getAsString());
		assertEquals(0, c.get("frames").getAsInt());
	}

	@Test
	void everySceneWithShotsAsText() throws CliException {
		String text = run(new ShotsCommand(), false, file.toString());
		assertTrue(text.contains("3A") && text.contains("7D") && text.contains("12B"), text);
		JsonObject doc = JsonParser.parseString(run(new ShotsCommand(), false, file.toString(), "--json")).getAsJsonObject();
		assertEquals(3, doc.getAsJsonArray("scenes").size(), "scenes 3, 7 and 12 have shots");
	}

	@Test
	void badArguments() {
		CliException unknown = assertThrows(CliException.class, () -> run(new ShotsCommand(), true, file.toString(), "--scene", "99"));
		assertTrue(unknown.getMessage().contains("99"), unknown.getMessage());
		assertEquals(CliException.BAD_INPUT, unknown.exitCode());
		assertThrows(CliException.class, () -> run(new ShotsCommand(), false));
		assertThrows(CliException.class, () -> run(new ShotsCommand(), false, file.toString(), "--bogus"));
		assertThrows(CliException.class, () -> run(new ShotsCommand(), false, dir.resolve("nope.backlot").toString()));
		CliException noOut = assertThrows(CliException.class, () -> run(new StoryboardCommand(), false, file.toString()));
		assertEquals(Messages.missingOut, noOut.getMessage());
		assertThrows(CliException.class, () -> run(new StoryboardCommand(), false, file.toString(), "--out"));
		assertThrows(CliException.class,
				() -> run(new StoryboardCommand(), false, file.toString(), "--out", dir.resolve("x.pdf").toString(), "--scene", "99"));
	}

	@Test
	void storyboardPdfOfSceneSevenInLetter() throws CliException, IOException {
		Path out = dir.resolve("seven.pdf");
		run(new StoryboardCommand(), false, file.toString(), "--out", out.toString(), "--scene", "7", "--paper", "letter");
		assertTrue(Files.isRegularFile(out));
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertEquals(PDRectangle.LETTER.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 0.5);
			String text = new PDFTextStripper().getText(doc);
			assertTrue(text.contains("7A") && text.contains("7D"), text);
			assertTrue(text.contains("lidded cup"), text);
		}
	}
}
