// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.backlot.ui.api.ProductionDocument;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.Test;

/** The Studio perspective opens its five views on the sample production, each following it and its studio. */
class StudioPerspectiveTest extends SampleTestCase {
	@Test
	void everyViewOpensOnTheSample() throws Exception {
		ProductionDocument doc = openSample();
		assertEquals(StudioUi.PERSPECTIVE, page().getPerspective().getId());
		assertNotNull(doc.production().getStudio(), "the sample uses the sample base");
		for (String id : new String[] { StudioUi.REGISTERS_VIEW, StudioUi.PREVIEW_VIEW, StudioUi.CALENDAR_VIEW, StudioUi.MATCH_VIEW,
				StudioUi.CONFLICTS_VIEW }) {
			IViewPart view = page().showView(id);
			drain();
			assertNotNull(view, id);
			assertTrue(view instanceof StudioViewPart, id + " opened as " + view.getClass().getName());
			assertEquals(doc, ((StudioViewPart) view).document(), id + " shows the open production");
			assertSame(doc.production().getStudio(), ((StudioViewPart) view).studio(), id + " shows its studio");
		}
		for (IViewReference ref : page().getViewReferences()) {
			IViewPart part = ref.getView(false);
			assertTrue(part == null || !part.getClass().getName().contains("ErrorViewPart"), ref.getId() + " failed to open");
		}
	}

	@Test
	void datesReadInTheUsersLanguage() throws Exception {
		Locale was = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US);
			assertEquals("Mar 1, 2027", Texts.date(LocalDate.of(2027, 3, 1)));
			assertEquals("Mar 1, 2027 – Mar 3, 2027", Texts.span(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3)));
		} finally {
			Locale.setDefault(was);
		}
		java.util.Properties zh = new java.util.Properties();
		try (java.io.InputStream in = org.backlot.ui.api.DisplayDates.class.getResourceAsStream("/org/backlot/ui/internal/messages_zh.properties")) { //$NON-NLS-1$
			zh.load(in);
		}
		assertEquals("2027\u5e743\u67081\u65e5", java.time.format.DateTimeFormatter.ofPattern(zh.getProperty("dateLong"), Locale.SIMPLIFIED_CHINESE)
				.format(LocalDate.of(2027, 3, 1)));
	}
}
