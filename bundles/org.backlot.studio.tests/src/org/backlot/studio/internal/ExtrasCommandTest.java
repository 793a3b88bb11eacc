// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.internal.CliApplication;
import org.backlot.studio.api.Samples;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backlot cli extras FILE --scene N}: the shortlist as text and JSON, and a clear reason for a wrong scene. */
class ExtrasCommandTest {
	@TempDir
	static Path dir;
	private static String file;

	@BeforeAll
	static void sample() throws Exception {
		file = Samples.ensure(dir).toString();
	}

	private static String run(boolean json, String... args) throws CliException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new ExtrasCommand().run(new CliContext(List.of(args), ps, ps, json)));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<String> codes(String text) {
		List<String> out = new ArrayList<>();
		Matcher m = Pattern.compile("\"code\": \"(E-\\d{5})\"").matcher(text);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	@Test
	void printsTheShortlistAsJson() throws Exception {
		String json = run(true, file, "--scene", "3");
		assertTrue(json.contains("\"scene\": \"3\""), json);
		assertTrue(json.contains("\"day\": \"2027-"), "the scene's shoot day: " + json.substring(0, 200));
		assertTrue(json.contains("\"callTime\": \""), "the call sheet's report time");
		assertTrue(json.contains("\"count\": 20"));
		List<String> codes = codes(json);
		assertEquals(24, codes.size(), "20 people and 4 reserves");
		assertEquals(codes.size(), codes.stream().distinct().count());
		assertEquals(5, codes(run(true, file, "--scene", "3", "--limit", "5")).size());
	}

	@Test
	void printsTextWithWhy() throws Exception {
		String text = run(false, file, "--scene", "13", "--day", "2027-03-22");
		assertTrue(text.contains("采茶女"), text);
		assertTrue(text.contains("FEMALE"), text);
		assertTrue(text.lines().filter(l -> l.startsWith("  E-")).count() >= 8, text);
	}

	@Test
	void theCommandLineKnowsTheCommand() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CliApplication.run(List.of("extras", file, "--scene", "1", "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		assertEquals(36, codes(out.toString(StandardCharsets.UTF_8)).size(), "30 dock workers and 6 reserves");
		assertEquals(3, CliApplication.run(List.of("extras", file, "--scene", "2"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)), "a scene without extras is bad input");
	}

	@Test
	void wrongScenesAndDatesAreNamed() {
		CliException none = assertThrows(CliException.class, () -> run(false, file, "--scene", "99"));
		assertTrue(none.getMessage().contains("99") && none.getMessage().contains("1, 2, 3"), none.getMessage());
		assertEquals(CliException.BAD_INPUT, none.exitCode());
		CliException noExtras = assertThrows(CliException.class, () -> run(false, file, "--scene", "2"));
		assertEquals(NLS.bind(org.backlot.studio.internal.people.Messages.cliNoExtras, "2"), noExtras.getMessage());
		assertThrows(CliException.class, () -> run(false, file, "--scene", "3", "--day", "tomorrow"));
		CliException missing = assertThrows(CliException.class, () -> run(false, file));
		assertEquals(CliException.USAGE, missing.exitCode());
	}
}
