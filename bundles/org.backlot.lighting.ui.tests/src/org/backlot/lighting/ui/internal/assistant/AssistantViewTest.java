// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.TargetResult;
import org.backlot.lighting.ui.internal.LightingUi;
import org.backlot.lighting.ui.internal.PreviewFeed;
import org.backlot.lighting.ui.internal.SampleTestCase;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.studio.Studio;
import org.backlot.ui.api.ProductionDocument;
import org.junit.jupiter.api.Test;

/** The look assistant on the sample: a proposal shows as ghosts before it is applied, and applying it is one undo step. */
class AssistantViewTest extends SampleTestCase {
	private static FixtureType type(Studio studio, String name) {
		return studio.getFixtureTypes().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Proposal twoLamps(Studio studio) {
		PlacedFixture key = new PlacedFixture(type(studio, "HMI Fresnel 1.2 kW"), "Key", 6, 3, 3, 120, -30, 0.7, Gel.NONE, 0.5);
		PlacedFixture fill = new PlacedFixture(type(studio, "LED panel 2x1"), "Fill", 2, 3, 2.5, 45, -20, 0.4, Gel.QUARTER_CTO, 0);
		return new Proposal("test", "Two lamps", List.of("A key high to camera left.", "A soft fill."), List.of(key, fill),
				List.of(new TargetResult("Key : fill", ":1", 4, 3.6, 0.15, true)), 0.1);
	}

	@Test
	void applyingAProposalIsOneUndoStep() throws Exception {
		ProductionDocument doc = openSample();
		AssistantView view = (AssistantView) page().showView(LightingUi.ASSISTANT_VIEW);
		drain();
		LightingSetup setup = view.setup();
		List<Fixture> before = List.copyOf(setup.getFixtures());
		Proposal p = twoLamps(Setups.studio(doc.production()));
		assertTrue(view.apply(p));
		drain();
		assertTrue(setup.getFixtures().stream().anyMatch(f -> "Key".equals(f.getName()) && f.getX() == 6));
		assertTrue(setup.getFixtures().stream().anyMatch(f -> "Fill".equals(f.getName())));
		assertFalse(setup.getFixtures().containsAll(before), "the proposal replaced lamps");
		assertTrue(doc.domain().getCommandStack().getUndoCommand().getLabel().contains("Two lamps"));
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(before, setup.getFixtures(), "one undo restores the set-up");
	}

	@Test
	void aSelectedProposalShowsAsGhostsAndInThePreviewBeforeItIsApplied() throws Exception {
		ProductionDocument doc = openSample();
		AssistantView view = (AssistantView) page().showView(LightingUi.ASSISTANT_VIEW);
		page().showView(LightingUi.PLOT_VIEW);
		drain();
		Proposal p = twoLamps(Setups.studio(doc.production()));
		view.panel().show(List.of(p));
		view.panel().select(0);
		view.showSelected();
		drain();
		PreviewFeed feed = PreviewFeed.get();
		assertEquals(2, feed.ghosts().size());
		assertTrue(feed.isTransient(), "the preview shows the proposal");
		assertTrue(feed.scene().sources().stream().anyMatch(s -> "Key".equals(s.name) && Math.abs(s.position.x() - 6) < 1e-9));
		assertFalse(doc.domain().getCommandStack().canUndo(), "nothing changed yet");
	}
}
