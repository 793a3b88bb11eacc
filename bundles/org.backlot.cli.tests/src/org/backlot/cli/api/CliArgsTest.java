// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The options every command parses the same way: dates, numbers, one positional argument. */
class CliArgsTest {
	private static CliArgs args(String... a) throws CliException {
		return new CliArgs(List.of(a), Set.of("--day", "--runs"), Set.of("--json"));
	}

	@Test
	void aDateOptionIsAnIsoDate() throws Exception {
		assertEquals(LocalDate.of(2027, 3, 1), args("--day", " 2027-03-01 ").dateOption("--day", null));
		assertNull(args("f").dateOption("--day", null));
		assertEquals(LocalDate.of(2026, 11, 24), args().dateOption("--day", LocalDate.of(2026, 11, 24)));
	}

	@Test
	void aBadDateNamesTheOptionTheValueAndTheFormat() {
		CliException e = assertThrows(CliException.class, () -> args("--day", "1.3.2027").dateOption("--day", null));
		assertEquals("--day needs a date as YYYY-MM-DD, not '1.3.2027'", e.getMessage());
		assertEquals(CliException.USAGE, e.exitCode());
	}

	@Test
	void numbersAndThePositionalArgument() throws Exception {
		assertEquals(3, args("--runs", "3", "file").intOption("--runs", 1));
		assertEquals("file", args("file", "--json").single("FILE"));
		assertThrows(CliException.class, () -> args("--runs", "many").intOption("--runs", 1));
	}

	@Test
	void aCommandWithoutArgumentsNamesAStrayOne() throws Exception {
		args("--json").noPositional();
		CliException e = assertThrows(CliException.class, () -> args("extra", "--json").noPositional());
		assertEquals("unexpected argument 'extra' (try --help)", e.getMessage());
		assertEquals(CliException.USAGE, e.exitCode());
	}
}
