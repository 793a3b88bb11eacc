// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backlot.core.api.Backlot;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command line: exit codes, help, version, JSON output and broken contributions. */
class CliApplicationTest {

	/** What one run printed and returned. */
	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CliApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void versionNamesTheProductAndItsVersion() {
		Run r = run("--version");
		assertEquals(0, r.code());
		assertEquals("Backlot " + Backlot.version(), r.out().strip());
		assertTrue(Backlot.version().startsWith("0.1.0"), Backlot.version());
	}

	@Test
	void versionAsJson() {
		Run r = run("--version", "--json");
		JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals("Backlot", o.get("name").getAsString());
		assertEquals(Backlot.version(), o.get("version").getAsString());
	}

	@Test
	void helpListsTheCommands() {
		Run r = run("--help");
		assertEquals(0, r.code());
		assertTrue(r.out().contains("plugins"), r.out());
		assertTrue(r.out().contains("Usage: backlot cli"), r.out());
	}

	@Test
	void noCommandIsAUsageError() {
		Run r = run();
		assertEquals(2, r.code());
		assertTrue(r.out().contains("Usage"), r.out());
	}

	@Test
	void unknownCommandSaysSoInOneLine() {
		Run r = run("frobnicate");
		assertEquals(2, r.code());
		assertEquals("backlot: unknown command 'frobnicate' (try --help)", r.err().strip());
	}

	@Test
	void commandHelpShowsItsUsage() {
		Run r = run("plugins", "--help");
		assertEquals(0, r.code());
		assertTrue(r.out().startsWith("Usage: backlot cli plugins [--extending] [--json]"), r.out());
	}

	@Test
	void unknownOptionOfACommand() {
		Run r = run("plugins", "--bogus");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("unknown option --bogus"), r.err());
	}

	@Test
	void pluginsListsThisBundleAsActive() {
		Run r = run("plugins", "--json");
		assertEquals(0, r.code(), r.err());
		JsonArray plugins = JsonParser.parseString(r.out()).getAsJsonArray();
		boolean found = false;
		for (JsonElement e : plugins) {
			JsonObject p = e.getAsJsonObject();
			if (p.get("id").getAsString().equals("org.backlot.cli")) {
				assertEquals("ACTIVE", p.get("state").getAsString());
				assertEquals("Backlot", p.get("vendor").getAsString());
				found = true;
			}
		}
		assertTrue(found, r.out());
	}

	@Test
	void pluginsAsATable() {
		Run r = run("plugins");
		assertEquals(0, r.code());
		assertTrue(r.out().lines().anyMatch(l -> l.startsWith("org.backlot.core ")), r.out());
	}

	@Test
	void aCommandWhoseClassIsMissingIsReportedNamingThePlugin() {
		Run r = run("broken");
		assertEquals(1, r.code());
		assertTrue(r.err().contains("the command 'broken' from plugin 'org.backlot.cli' could not be loaded"), r.err());
		assertTrue(r.err().contains("org.backlot.cli.commands"), "the contribution problem names the extension point: " + r.err());
		assertEquals(0, run("--version").code(), "the rest of the command line keeps working");
	}

	@Test
	void aCommandThatThrowsIsAnInternalErrorNotACrash() {
		Run r = run("throwing");
		assertEquals(1, r.code());
		assertTrue(r.err().startsWith("backlot: internal error: java.lang.IllegalStateException: test"), r.err());
	}
}
