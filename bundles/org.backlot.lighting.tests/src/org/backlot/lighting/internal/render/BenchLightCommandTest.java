// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Source;
import org.backlot.model.lighting.LightingSetup;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The bench-light command and its generated set-up. */
class BenchLightCommandTest {
	@Test
	void theBenchSceneHasTwelveMixedLampsActorsPiecesAndACamera() {
		LightingSetup s = BenchScene.create();
		assertEquals(12, s.getFixtures().size());
		assertEquals(4, s.getSet().getWalls().size());
		assertEquals(6, s.getSet().getPieces().size());
		assertEquals(3, s.getCameraSetup().getSetPlan().getMarks().size());
		LightScene scene = LightScene.of(s, null);
		assertTrue(scene.problems().isEmpty(), scene.problems()::toString);
		assertEquals(12, scene.sources().size());
		long soft = scene.sources().stream().filter(Source::isArea).count();
		assertTrue(soft >= 4 && soft <= 8, () -> soft + " soft"); //$NON-NLS-1$
		assertEquals(3, scene.actors().size());
	}

	@Test
	void itReportsEveryFigureAsJsonAndAsText() throws CliException {
		String json = run("--width", "64", "--height", "36", "--runs", "1", "--threads", "2", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		JsonObject o = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(64, o.get("width").getAsInt()); //$NON-NLS-1$
		assertEquals(12, o.get("lamps").getAsInt()); //$NON-NLS-1$
		assertEquals(2, o.get("threads").getAsInt()); //$NON-NLS-1$
		assertEquals(1, o.getAsJsonArray("runs").size()); //$NON-NLS-1$
		JsonObject median = o.getAsJsonObject("median"); //$NON-NLS-1$
		for (String figure : List.of("coldMs", "dragMs", "dragFps", "softMs", "bounceMs", "floorMapMs", "raysPerSecond")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			assertTrue(median.get(figure).getAsDouble() > 0, figure);
		}
		assertTrue(median.get("rays").getAsLong() > 64 * 36); //$NON-NLS-1$
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			String text = run("--width", "32", "--height", "18", "--runs", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			assertTrue(text.contains("32 x 18 pixels, 12 lamps"), text); //$NON-NLS-1$
			assertTrue(text.contains("median"), text); //$NON-NLS-1$
		} finally {
			Locale.setDefault(saved);
		}
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertThrows(CliException.class, () -> run("--runs", "0")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(CliException.class, () -> run("--width", "wide")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(CliException.class, () -> run("file.backlot")); //$NON-NLS-1$
		assertThrows(CliException.class, () -> run("--fast")); //$NON-NLS-1$
	}

	private static String run(String... args) throws CliException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new BenchLightCommand().run(new CliContext(List.of(args), print, print, false)));
		return out.toString(StandardCharsets.UTF_8);
	}
}
