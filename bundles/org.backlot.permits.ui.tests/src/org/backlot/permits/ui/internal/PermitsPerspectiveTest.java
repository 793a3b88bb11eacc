// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.ui.api.ProductionDocument;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.Test;

/** The Permits perspective opens its three views on the sample production, each following it, and the rules apply without failing. */
class PermitsPerspectiveTest extends SampleTestCase {
	@Test
	void everyViewOpensOnTheSample() throws Exception {
		ProductionDocument doc = openSample();
		assertEquals(PermitsUi.PERSPECTIVE, page().getPerspective().getId());
		for (String id : new String[] { PermitsUi.APPLICATIONS_VIEW, PermitsUi.CALENDAR_VIEW, PermitsUi.EDITOR_VIEW }) {
			IViewPart view = page().showView(id);
			drain();
			assertNotNull(view, id);
			assertTrue(view instanceof PermitsViewPart, id + " opened as " + view.getClass().getName());
			assertEquals(doc, ((PermitsViewPart) view).document(), id + " shows the open production");
		}
		for (IViewReference ref : page().getViewReferences()) {
			IViewPart part = ref.getView(false);
			assertTrue(part == null || !part.getClass().getName().contains("ErrorViewPart"), ref.getId() + " failed to open");
		}
		Snapshot s = Snapshot.of(doc.production());
		assertNotNull(s.board(), "the sample has a board");
		assertNull(s.problem(), "the permit rules apply to the sample");
		assertTrue(!s.requirements().isEmpty(), "the sample's schedule needs permits");
	}

	@Test
	void datesReadInTheUsersLanguage() throws Exception {
		java.util.Locale was = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.US);
			assertEquals("Mar 1, 2027", Texts.date(java.time.LocalDate.of(2027, 3, 1)));
			assertEquals("Day 4 \u00b7 Mar 4, 2027", Texts.day(4, java.time.LocalDate.of(2027, 3, 4)));
		} finally {
			java.util.Locale.setDefault(was);
		}
		java.util.Properties zh = new java.util.Properties();
		try (java.io.InputStream in = org.backlot.ui.api.DisplayDates.class.getResourceAsStream("/org/backlot/ui/internal/messages_zh.properties")) { //$NON-NLS-1$
			zh.load(in);
		}
		assertEquals("2027\u5e743\u67081\u65e5", java.time.format.DateTimeFormatter.ofPattern(zh.getProperty("dateLong"),
				java.util.Locale.SIMPLIFIED_CHINESE).format(java.time.LocalDate.of(2027, 3, 1)));
	}
}
