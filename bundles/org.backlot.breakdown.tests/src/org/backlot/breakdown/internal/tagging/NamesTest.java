// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Cue names and element spelling. */
class NamesTest {
	private static String cueName(String cue) {
		Names.Span s = Names.cue(cue);
		return s == null ? null : cue.substring(s.start(), s.end());
	}

	@Test
	void extensionsAreStripped() {
		assertEquals("JOHN", cueName("JOHN (V.O.)"));
		assertEquals("JOHN", cueName("JOHN (O.S.)"));
		assertEquals("MARY", cueName("MARY (CONT'D)"));
		assertEquals("MARY", cueName("MARY (CONT’D)"));
		assertEquals("MARY", cueName("  MARY (CONT'D) ^"));
		assertEquals("BOB", cueName("BOB ^"));
		assertEquals("BOB", cueName("BOB V.O."));
		assertEquals("McCLANE", cueName("@McCLANE"));
		assertEquals("林晓", cueName("林晓（画外音）"));
		assertEquals("林晓", cueName("林晓(OS)"));
		assertEquals("陈默", cueName("陈默："));
		assertNull(cueName("(V.O.)"));
		assertNull(cueName(null));
	}

	@Test
	void keysIgnoreCaseAndExtensions() {
		assertEquals("JOHN SMITH", Names.key("John  Smith (V.O.)"));
		assertEquals("林晓", Names.key("林晓（画外音）"));
	}

	@Test
	void titleCase() {
		assertEquals("John", Names.titleCase("JOHN"));
		assertEquals("John O'Brien", Names.titleCase("JOHN O'BRIEN"));
		assertEquals("Mary-Ann", Names.titleCase("MARY-ANN"));
		assertEquals("Dr. Smith", Names.titleCase("DR. SMITH"));
		assertEquals("John's", Names.titleCase("JOHN'S"));
		assertEquals("McCLANE", Names.titleCase("McCLANE"), "mixed case is kept as written");
		assertEquals("林晓", Names.titleCase("林晓"));
		assertEquals("Police officers", Names.sentenceCase("POLICE  OFFICERS"));
	}
}
