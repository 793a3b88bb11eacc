// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user's language: English or Chinese of a pair, the other when one is missing. */
class LanguagesTest {
	private final Locale before = Locale.getDefault();

	@AfterEach
	void restore() {
		Locale.setDefault(before);
	}

	@Test
	void englishReadersGetTheEnglishUnlessThereIsNone() {
		Locale.setDefault(Locale.ENGLISH);
		assertFalse(Languages.chinese());
		assertEquals("Harbour", Languages.pick("Harbour", "码头"));
		assertEquals("码头", Languages.pick(" ", "码头"));
		assertEquals("", Languages.pick(null, null));
	}

	@Test
	void chineseReadersGetTheChineseUnlessThereIsNone() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		assertTrue(Languages.chinese());
		assertEquals("码头", Languages.pick("Harbour", "码头"));
		assertEquals("Harbour", Languages.pick("Harbour", ""));
	}
}
