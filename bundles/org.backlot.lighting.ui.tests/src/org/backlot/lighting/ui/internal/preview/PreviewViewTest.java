// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.backlot.lighting.ui.internal.LightingUi;
import org.backlot.lighting.ui.internal.SampleTestCase;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.api.Storyboard;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.testing.WorkbenchTests;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

/** The camera preview: frames of the set-up's render, and a frame taken into the storyboard of the camera's shot as one command. */
class PreviewViewTest extends SampleTestCase {
	@Test
	void theRenderFitsSixteenByNineInsideTheView() {
		assertEquals(640, PreviewView.renderSize(new Rectangle(0, 0, 640, 900))[0]);
		assertEquals(360, PreviewView.renderSize(new Rectangle(0, 0, 640, 900))[1]);
		int[] wide = PreviewView.renderSize(new Rectangle(0, 0, 2000, 360));
		assertEquals(360, wide[1]);
		assertEquals(640, wide[0]);
	}

	@Test
	void takingAStoryboardFrameAddsTheRenderToTheCameraShotInOneCommand() throws Exception {
		ProductionDocument doc = openSample();
		PreviewView view = (PreviewView) page().showView(LightingUi.PREVIEW_VIEW);
		drain();
		assertTrue(WorkbenchTests.waitUntil(() -> view.lastFrame() != null, 60), "the preview renders");
		List<Shot> shots = Setups.shots(doc.production(), view.setup().getCameraSetup());
		Shot shot = shots.get(0);
		int frames = shot.getFrames().size();
		new TakeFrame(view).run();
		drain();
		assertEquals(frames + 1, shot.getFrames().size());
		StoryboardFrame taken = shot.getFrames().get(frames);
		assertTrue(taken.isRendered());
		assertNotNull(Storyboard.resolve(taken, Setups.file(doc.production())));
		assertTrue(Files.isRegularFile(Storyboard.resolve(taken, Setups.file(doc.production()))), "the PNG is beside the production");
		doc.domain().getCommandStack().undo();
		assertEquals(frames, shot.getFrames().size());
	}
}
