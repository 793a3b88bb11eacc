// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.lighting.api.FixtureLibraries;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The fixtures command lists the installed libraries with their lamp types, and names a wrong library. */
class FixturesCommandTest {
	private static String run(String... args) throws CliException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		new FixturesCommand().run(new CliContext(List.of(args), out, out, false));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void listsBacklotsLibraryWithItsFigures() throws Exception {
		JsonArray libraries = JsonParser.parseString(run("--json")).getAsJsonArray();
		JsonObject generic = null;
		for (var l : libraries) {
			if (l.getAsJsonObject().get("id").getAsString().equals(FixtureLibraries.BUILT_IN_ID)) { //$NON-NLS-1$
				generic = l.getAsJsonObject();
			}
		}
		assertTrue(generic != null, libraries::toString);
		JsonArray types = generic.getAsJsonArray("types"); //$NON-NLS-1$
		assertEquals(FixtureLibraries.builtIn().types().size(), types.size());
		for (var t : types) {
			JsonObject o = t.getAsJsonObject();
			assertTrue(o.get("candela").getAsDouble() > 0 && o.get("watts").getAsDouble() > 0, o::toString); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String text = run("--library", FixtureLibraries.BUILT_IN_ID); //$NON-NLS-1$
		assertTrue(text.contains(FixtureLibraries.builtIn().types().get(0).getName()), text);
	}

	@Test
	void anUnknownLibraryOrAFileIsRefused() {
		CliException e = assertThrows(CliException.class, () -> run("--library", "nope")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getMessage().contains("nope") && e.getMessage().contains(FixtureLibraries.BUILT_IN_ID), e.getMessage()); //$NON-NLS-1$
		assertThrows(CliException.class, () -> run("tea.backlot")); //$NON-NLS-1$
	}
}
