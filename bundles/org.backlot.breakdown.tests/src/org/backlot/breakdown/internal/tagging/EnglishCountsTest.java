// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** English counts of people. */
class EnglishCountsTest {
	private static EnglishCounts.Count count(String text) {
		return EnglishCounts.parse(Tokens.of(text), 0);
	}

	private static void is(String text, int value, EnglishCounts.Kind kind, int words) {
		EnglishCounts.Count c = count(text);
		assertEquals(value, c.value(), text);
		assertEquals(kind, c.kind(), text);
		assertEquals(words, c.end(), text + ": words used");
	}

	@Test
	void exact() {
		is("two men", 2, EnglishCounts.Kind.EXACT, 1);
		is("TWO POLICE OFFICERS", 2, EnglishCounts.Kind.EXACT, 1);
		is("twenty-five extras", 25, EnglishCounts.Kind.EXACT, 2);
		is("two hundred soldiers", 200, EnglishCounts.Kind.EXACT, 2);
		is("30 EXTRAS", 30, EnglishCounts.Kind.EXACT, 1);
		is("a dozen reporters", 12, EnglishCounts.Kind.EXACT, 2);
		is("two dozen guests", 24, EnglishCounts.Kind.EXACT, 2);
		is("half a dozen kids", 6, EnglishCounts.Kind.EXACT, 3);
		is("a couple of cops", 2, EnglishCounts.Kind.EXACT, 3);
		is("a pair of guards", 2, EnglishCounts.Kind.EXACT, 3);
	}

	@Test
	void approximate() {
		is("hundreds of fans", 200, EnglishCounts.Kind.APPROXIMATE, 2);
		is("dozens of onlookers", 24, EnglishCounts.Kind.APPROXIMATE, 2);
		is("thousands of people", 1000, EnglishCounts.Kind.APPROXIMATE, 2);
		is("a few guests", 3, EnglishCounts.Kind.APPROXIMATE, 2);
		is("a handful of tourists", 5, EnglishCounts.Kind.APPROXIMATE, 3);
		is("about 50 protesters", 50, EnglishCounts.Kind.APPROXIMATE, 2);
		is("some 40 workers", 40, EnglishCounts.Kind.APPROXIMATE, 2);
		is("at least ten guards", 10, EnglishCounts.Kind.APPROXIMATE, 3);
		is("20-30 extras", 30, EnglishCounts.Kind.APPROXIMATE, 2);
		is("twenty or so kids", 20, EnglishCounts.Kind.APPROXIMATE, 3);
	}

	@Test
	void unknown() {
		is("several diners", 0, EnglishCounts.Kind.UNKNOWN, 1);
		is("some fans", 0, EnglishCounts.Kind.UNKNOWN, 1);
		is("a number of guests", 0, EnglishCounts.Kind.UNKNOWN, 3);
		is("lots of kids", 0, EnglishCounts.Kind.UNKNOWN, 2);
		assertNull(count("the waiter"));
		assertNull(count("a waiter"));
	}
}
