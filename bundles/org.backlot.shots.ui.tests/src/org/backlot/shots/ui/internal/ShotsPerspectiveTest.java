// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.Test;

/** The Shot Planning perspective opens every one of its views on the sample production. */
class ShotsPerspectiveTest extends SampleTestCase {
	@Test
	void everyViewOpensOnTheSample() throws Exception {
		ProductionDocument doc = openSample();
		assertEquals(ShotsUi.PERSPECTIVE, page().getPerspective().getId());
		String[] ids = { ShotsUi.STRIPBOARD_VIEW, ShotsUi.SHOTLIST_VIEW, ShotsUi.BLOCKING_VIEW, ShotsUi.STORYBOARD_VIEW, ShotsUi.DOOD_VIEW,
				ShotsUi.OPTIMIZER_VIEW };
		for (String id : ids) {
			IViewPart view = page().showView(id);
			drain();
			assertNotNull(view, id);
			assertTrue(view instanceof ProductionViewPart, id + " opened as " + view.getClass().getName());
			assertEquals(doc, ((ProductionViewPart) view).document(), id + " shows the open production");
		}
		for (IViewReference ref : page().getViewReferences()) {
			IViewPart part = ref.getView(false);
			assertTrue(part == null || !part.getClass().getName().contains("ErrorViewPart"), ref.getId() + " failed to open");
		}
	}
}
