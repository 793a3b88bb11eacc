// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.ui.api.ProductionDocument;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.Test;

/** The Previs Lighting perspective opens every one of its views on the sample production, all showing its first lighting set-up. */
class LightingPerspectiveTest extends SampleTestCase {
	@Test
	void everyViewOpensOnTheSampleAndShowsTheSameSetup() throws Exception {
		ProductionDocument doc = openSample();
		assertEquals(LightingUi.PERSPECTIVE, page().getPerspective().getId());
		String[] ids = { LightingUi.PLOT_VIEW, LightingUi.PREVIEW_VIEW, LightingUi.READOUTS_VIEW, LightingUi.ASSISTANT_VIEW, LightingUi.FIXTURE_VIEW };
		for (String id : ids) {
			IViewPart view = page().showView(id);
			drain();
			assertNotNull(view, id);
			assertTrue(view instanceof LightingViewPart, id + " opened as " + view.getClass().getName());
			assertEquals(doc, ((LightingViewPart) view).document(), id + " shows the open production");
			assertSame(doc.production().getLighting().getSetups().get(0), ((LightingViewPart) view).setup(), id + " shows the first set-up");
		}
		for (IViewReference ref : page().getViewReferences()) {
			IViewPart part = ref.getView(false);
			assertTrue(part == null || !part.getClass().getName().contains("ErrorViewPart"), ref.getId() + " failed to open");
		}
	}
}
