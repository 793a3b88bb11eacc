// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** INT/EXT, set and time from English headings (Chinese ones are tested with the Chinese importer). */
class SceneHeadingsTest {
	private static void check(String heading, String intExt, String set, String time, String written) {
		SceneHeading h = SceneHeadings.parse(heading);
		assertEquals(intExt, h.intExt(), heading);
		assertEquals(set, h.set(), heading);
		assertEquals(time, h.time(), heading);
		assertEquals(written, h.timeAsWritten(), heading);
	}

	@Test
	void prefixes() {
		check("INT. KITCHEN - NIGHT", "INT", "KITCHEN", "NIGHT", "NIGHT");
		check("EXT. ROOF - DAY", "EXT", "ROOF", "DAY", "DAY");
		check("EST. CITY SKYLINE - DUSK", "EXT", "CITY SKYLINE", "DUSK", "DUSK");
		check("INT./EXT. CAR - MOVING - DAY", "INT/EXT", "CAR - MOVING", "DAY", "DAY");
		check("INT/EXT CAR - DAY", "INT/EXT", "CAR", "DAY", "DAY");
		check("I/E CAR - NIGHT", "INT/EXT", "CAR", "NIGHT", "NIGHT");
		check("I./E. CAR - NIGHT", "INT/EXT", "CAR", "NIGHT", "NIGHT");
		check("EXT/INT. BARN - DAWN", "INT/EXT", "BARN", "DAWN", "DAWN");
		check("int. hallway - continuous", "INT", "hallway", "CONTINUOUS", "continuous");
	}

	@Test
	void timesAsWrittenAndMissing() {
		check("INT. OFFICE - MOMENTS LATER", "INT", "OFFICE", "LATER", "MOMENTS LATER");
		check("EXT. BEACH - MAGIC HOUR", "EXT", "BEACH", null, "MAGIC HOUR");
		check("EXT. BEACH - SUNSET", "EXT", "BEACH", "DUSK", "SUNSET");
		check("INT. GARAGE", "INT", "GARAGE", null, null);
		check("INT. GARAGE NIGHT", "INT", "GARAGE", "NIGHT", "NIGHT");
		check("FLASHBACK", null, "FLASHBACK", null, null);
		SceneHeading empty = SceneHeadings.parse("");
		assertEquals("", empty.set());
		assertNull(empty.intExt());
	}
}
