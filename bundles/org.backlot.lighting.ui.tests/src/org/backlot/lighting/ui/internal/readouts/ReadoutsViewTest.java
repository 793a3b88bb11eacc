// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.readouts;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.GearLine;
import org.backlot.lighting.ui.internal.LightingUi;
import org.backlot.lighting.ui.internal.PreviewFeed;
import org.backlot.lighting.ui.internal.SampleTestCase;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.testing.WorkbenchTests;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** The readouts on the sample: a row per actor on the set-up's plan, and the gear list of its lamps. */
class ReadoutsViewTest extends SampleTestCase {
	@Test
	void theTableListsTheSampleActorsAndTheGearListItsLamps() throws Exception {
		ProductionDocument doc = openSample();
		ReadoutsView view = (ReadoutsView) page().showView(LightingUi.READOUTS_VIEW);
		drain();
		List<String> actors = PreviewFeed.get().modelScene().actors().stream().map(Actor::name).toList();
		assertFalse(actors.isEmpty(), "the sample's set-up has actors on their marks");
		assertTrue(WorkbenchTests.waitUntil(() -> view.readings().size() == actors.size(), 60), "the readings come from a job");
		assertEquals(actors, view.readings().stream().map(ActorReading::name).toList());
		List<String> shown = new ArrayList<>();
		view.readings().stream().filter(ActorReading::inFrame).forEach(r -> shown.add(r.name()));
		view.readings().stream().filter(r -> !r.inFrame()).forEach(r -> shown.add(NLS.bind(Messages.outOfFrame, r.name())));
		assertTrue(view.readings().stream().anyMatch(r -> !r.inFrame()), "the plan has actors the camera does not see");
		assertEquals(shown, view.actorNames(), "the actors in frame first, the others marked");
		assertTrue(view.readings().stream().allMatch(r -> r.faceLux() >= 0));
		assertFalse(view.warningTexts().isEmpty(), "warnings, or the sentence that all is well");
		LightingSetup setup = PreviewFeed.get().setup();
		Set<Object> types = setup.getFixtures().stream().map(Fixture::getType).collect(Collectors.toSet());
		assertEquals(types.size(), view.gear().lines().size());
		assertEquals(setup.getFixtures().size(), view.gear().lines().stream().mapToInt(GearLine::count).sum());
		doc.domain().getCommandStack().execute(org.backlot.lighting.ui.internal.LightingCommands.delete(doc.domain(), List.of(setup.getFixtures().get(0))));
		drain();
		assertEquals(setup.getFixtures().size(), view.gear().lines().stream().mapToInt(GearLine::count).sum(), "the gear list follows the change");
		doc.domain().getCommandStack().undo();
	}
}
