// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lay-out on 55-line pages, and lengths in eighths. */
class PageModelTest {
	@Test
	void aPageOfActionIsEightEighths() {
		List<ScriptElement> e = new ArrayList<>();
		e.add(ScriptElement.of(ElementType.HEADING, "INT. ROOM - DAY"));
		// heading (1 line) + 27 one-line action paragraphs with a blank line before each = 1 + 27*2 = 55 lines
		for (int i = 0; i < 27; i++) {
			e.add(ScriptElement.of(ElementType.ACTION, "He waits."));
		}
		e.add(ScriptElement.of(ElementType.HEADING, "INT. HALL - DAY"));
		double[] at = PageModel.positions(e);
		assertEquals(0, at[0]);
		assertEquals(1.0, at[28], 1e-9, "the next heading starts the next page");
		assertEquals(8, PageModel.eighths(at[0], at[28]));
	}

	@Test
	void wrapsByWordsAndCountsChineseAsDoubleWidth() {
		assertEquals(1, PageModel.wrap("a".repeat(60), 60));
		assertEquals(2, PageModel.wrap("word ".repeat(13), 60));
		assertEquals(2, PageModel.wrap("林".repeat(31), 60), "31 full-width characters need 62 columns");
		assertEquals(3, PageModel.wrap("one\ntwo\nthree", 60));
	}

	@Test
	void dialogueHasNoBlankLineInsideASpeechAndPdfPositionsAreKept() {
		List<ScriptElement> e = List.of(ScriptElement.of(ElementType.HEADING, "INT. A - DAY"),
				ScriptElement.of(ElementType.CHARACTER, "BOB"), ScriptElement.of(ElementType.PARENTHETICAL, "(low)"),
				ScriptElement.of(ElementType.DIALOGUE, "Hi."), ScriptElement.of(ElementType.ACTION, "x").atPage(2.5));
		double[] at = PageModel.positions(e);
		assertEquals(2.0 / 55, at[1], 1e-9, "a blank line before the cue");
		assertEquals(1.0 / 55, at[2] - at[1], 1e-9, "none between cue and parenthetical");
		assertEquals(1.0 / 55, at[3] - at[2], 1e-9, "nor before the dialogue");
		assertEquals(2.5, at[4]);
		assertTrue(at[5] >= 2.5);
		assertEquals(1, PageModel.eighths(0.1, 0.1), "a scene is at least an eighth");
	}
}
