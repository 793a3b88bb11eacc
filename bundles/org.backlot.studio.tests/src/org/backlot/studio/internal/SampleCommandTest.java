// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

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
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backlot cli sample --out DIR}: the sample files for scripts and plugin tests, written once, kept after. */
class SampleCommandTest {
	@TempDir
	Path dir;

	private String run(boolean json, String... args) throws CliException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new SampleCommand().run(new CliContext(List.of(args), ps, ps, json)));
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void writesTheSampleAndPrintsTheProductionsPath() throws Exception {
		Path out = dir.resolve("samples");
		String printed = run(false, "--out", out.toString()).strip();
		assertEquals(out.resolve(Samples.PRODUCTION_FILE).toAbsolutePath().toString(), printed);
		assertTrue(Files.size(Path.of(printed)) > 10_000);
		assertTrue(Files.isRegularFile(out.resolve(Samples.STUDIO_FILE)));
	}

	@Test
	void keepsAProductionAlreadyThere() throws Exception {
		Path production = Samples.ensure(dir);
		Files.writeString(production, Files.readString(production) + "\n");
		long size = Files.size(production);
		String json = run(true, "--out", dir.toString());
		assertTrue(json.contains("\"studio\": \""), json);
		assertEquals(size, Files.size(production), "a user's edited sample is not overwritten");
	}

	@Test
	void refusesAStrayArgument() {
		CliException e = assertThrows(CliException.class, () -> run(false, "extra"));
		assertTrue(e.getMessage().contains("'extra'"), e.getMessage());
	}
}
