// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.studio.internal.BenchStudioCommand;
import org.junit.jupiter.api.Test;

/** {@code bench-studio} prints its figures as named timings. */
class BenchStudioCommandTest {
	private static String run(boolean json, String... args) throws CliException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new BenchStudioCommand().run(new CliContext(List.of(args), ps, ps, json)));
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsEachFigureByName() throws Exception {
		String json = run(true, "--runs", "1");
		for (String name : List.of("studio.heap", "search.index", "search.median", "search.slowest", "match.breakdown", "match.reservations")) {
			assertTrue(json.contains("\"" + name + "\""), name + " in " + json);
		}
		assertTrue(json.contains("< 10 ms") && json.contains("< 200 ms"), "the issue's goals beside the figures");
		assertThrows(CliException.class, () -> run(false, "store"), "bench-studio takes no subcommand");
	}
}
