// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.ui.internal.preview.PreviewView;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.testing.WorkbenchTests;
import org.junit.jupiter.api.Test;

/** The feed that the preview and the readouts listen to: a command that moves a lamp gives them a new scene with the lamp moved; undo gives the old one back. */
class PreviewFeedTest extends SampleTestCase {
	private static Source source(LightScene scene, Fixture f) {
		return scene.sources().stream().filter(s -> f.getId().equals(s.id)).findFirst().orElse(null);
	}

	@Test
	void movingALampByACommandFeedsTheMovedScene() throws Exception {
		ProductionDocument doc = openSample();
		PreviewView preview = (PreviewView) page().showView(LightingUi.PREVIEW_VIEW);
		drain();
		PreviewFeed feed = PreviewFeed.get();
		LightingSetup setup = feed.setup();
		assertSame(doc.production().getLighting().getSetups().get(0), setup);
		Fixture key = setup.getFixtures().get(0);
		LightScene before = feed.scene();
		assertNotNull(source(before, key), "the lamp is a source of the scene");
		long generation = feed.generation();
		double x = key.getX();
		doc.domain().getCommandStack().execute(LightingCommands.move(doc.domain(), key, x + 1.5, key.getY()));
		drain();
		assertTrue(feed.generation() > generation, "the feed handed out a new scene");
		assertFalse(feed.isTransient());
		assertNotSame(before, feed.scene());
		assertEquals(x + 1.5, source(feed.scene(), key).position.x(), 1e-9);
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(x, source(feed.scene(), key).position.x(), 1e-9);
		assertTrue(WorkbenchTests.waitUntil(() -> preview.framesShown() > 0, 60), "the preview shows a frame of the scene");
	}

	@Test
	void choosingAnotherSetupFeedsItsScene() throws Exception {
		ProductionDocument doc = openSample();
		page().showView(LightingUi.PLOT_VIEW);
		drain();
		PreviewFeed feed = PreviewFeed.get();
		if (doc.production().getLighting().getSetups().size() < 2) {
			doc.domain().getCommandStack().execute(LightingCommands.createSetup(doc.domain(), doc.production(),
					doc.production().getShotList().getSetups().get(0)));
			drain();
		}
		LightingSetup second = doc.production().getLighting().getSetups().get(1);
		assertSame(doc.production().getLighting().getSetups().get(0), feed.setup(), "a new set-up does not take over the views");
		feed.select(second);
		drain();
		assertSame(second, feed.setup());
		assertEquals(second.getName(), feed.scene().name());
	}
}
