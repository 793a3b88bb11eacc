// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The rate card: bundled defaults, overrides, and a clear fallback for anything missing or unreadable. */
class RateCardTest {
	private static final double EPS = 1e-9;

	private static RateCard read(String text) {
		return RateCard.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.properties"); //$NON-NLS-1$
	}

	@Test
	void unreadableAndMissingValuesFallBackWithAMessage() {
		RateCard card = read("cast.day = lots\ncrew.day = -5\nstage.day = \u00a525,000\n"); //$NON-NLS-1$
		assertEquals(Rate.CAST_DAY.fallback(), card.get(Rate.CAST_DAY), EPS);
		assertEquals(Rate.CREW_DAY.fallback(), card.get(Rate.CREW_DAY), EPS);
		assertEquals(25000, card.get(Rate.STAGE_DAY), EPS);
		assertTrue(card.warnings().stream().anyMatch(w -> w.contains("cast.day") && w.contains("lots")), card.warnings().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(card.warnings().stream().anyMatch(w -> w.contains("crew.day")), card.warnings().toString()); //$NON-NLS-1$
		assertTrue(card.warnings().stream().anyMatch(w -> w.contains("housing.night")), "a missing key is named: " + card.warnings()); //$NON-NLS-1$
	}

	@Test
	void aMissingFileGivesTheBuiltInRates() {
		RateCard card = RateCard.read(null, "gone.properties"); //$NON-NLS-1$
		assertEquals(1, card.warnings().size());
		assertTrue(card.warnings().get(0).contains("gone.properties")); //$NON-NLS-1$
		for (Rate r : Rate.values()) {
			assertEquals(r.fallback(), card.get(r), EPS);
		}
	}

	@Test
	void overridesReplaceValuesAndNameUnknownKeys() {
		RateCard card = RateCard.builtIn().withOverrides(Map.of("extras.day", "450", "extras.dya", "1"), "Preferences"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(450, card.get(Rate.EXTRAS_DAY), EPS);
		assertEquals(1, card.warnings().size());
		assertTrue(card.warnings().get(0).contains("extras.dya")); //$NON-NLS-1$
	}

	@Test
	void amountsMayBeWrittenAsOnPaper() {
		assertEquals(12000, RateCard.parse(" \u00a512,000 "), EPS); //$NON-NLS-1$
		assertEquals(350.5, RateCard.parse("350.5"), EPS); //$NON-NLS-1$
		assertNull(RateCard.parse("-1")); //$NON-NLS-1$
		assertNull(RateCard.parse("NaN")); //$NON-NLS-1$
		assertNull(RateCard.parse("")); //$NON-NLS-1$
	}

	@Test
	void thePreferencesOverrideTheDefaults() throws Exception {
		assumeTrue(FrameworkUtil.getBundle(RateCard.class) != null, "preferences need OSGi"); //$NON-NLS-1$
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(RateCard.PLUGIN_ID);
		try {
			node.put(Rate.CREW_DAY.key(), "75000"); //$NON-NLS-1$
			node.put(Rate.HOUSING_NIGHT.key(), "cheap"); //$NON-NLS-1$
			RateCard card = RateCard.current();
			assertEquals(75000, card.get(Rate.CREW_DAY), EPS);
			assertEquals(350, card.get(Rate.HOUSING_NIGHT), EPS);
			assertEquals(1, card.warnings().size(), card.warnings().toString());
		} finally {
			node.clear();
			node.flush();
		}
		assertTrue(RateCard.current().warnings().isEmpty());
	}
}
