// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blocking diagram's model side on the sample production: which plan a scene plays on, and its undoable edits. */
class BlockingCommandsTest {
	private static Production sample;
	private AdapterFactoryEditingDomain domain;

	@BeforeAll
	static void load() {
		sample = SampleProduction.create(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
	}

	@BeforeEach
	void domain() {
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
	}

	private static Scene scene(String number) {
		return sample.getScript().getScenes().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	private static CameraSetup setup(String prefix) {
		return sample.getShotList().getSetups().stream().filter(c -> c.getName().startsWith(prefix)).findFirst().orElseThrow();
	}

	@Test
	void sceneThreePlaysOnTheTeaHouseWithTwoSetups() {
		Scene three = scene("3");
		SetPlan plan = ScenePlans.planOf(sample, three);
		assertNotNull(plan);
		assertTrue(plan.getName().contains("Tea house"));
		assertEquals(Set.of(setup("A:"), setup("B:")), ScenePlans.setupsOf(sample, three));
		assertTrue(ScenePlans.cameras(sample, plan).containsAll(Set.of(setup("A:"), setup("B:"))), "the scene's set-ups stand on its plan");
		assertEquals(8, ScenePlans.fixtures(sample, plan).size(), "the lamps of the set's two lit set-ups, four each");
		Shot threeC = ScenePlans.shots(sample, three).stream().filter(s -> "3C".equals(s.getNumber())).findFirst().orElseThrow();
		assertSame(three, ScenePlans.sceneOf(threeC));
		assertSame(setup("B:"), threeC.getSetup());
	}

	@Test
	void movingACameraIsOneUndoableCommand() {
		CameraSetup wide = setup("A:");
		double x = wide.getX();
		double y = wide.getY();
		domain.getCommandStack().execute(BlockingCommands.move(domain, wide, x + 1.5, y + 2));
		assertEquals(x + 1.5, wide.getX(), 1e-9);
		assertEquals(y + 2, wide.getY(), 1e-9);
		assertTrue(domain.getCommandStack().getUndoCommand().getLabel().contains(wide.getName()));
		domain.getCommandStack().undo();
		assertEquals(x, wide.getX(), 1e-9);
		assertEquals(y, wide.getY(), 1e-9);
	}

	@Test
	void panIsNormalisedAndUndoable() {
		CameraSetup counter = setup("B:");
		double pan = counter.getPan();
		domain.getCommandStack().execute(BlockingCommands.pan(domain, counter, pan + 20));
		assertEquals((pan + 20) % 360, counter.getPan(), 1e-9);
		domain.getCommandStack().undo();
		assertEquals(pan, counter.getPan(), 1e-9);
	}

	@Test
	void aSceneWithoutShotsGetsANewPlanNamedAfterItsSet() {
		Scene eleven = scene("11");
		assertNull(ScenePlans.planOf(sample, eleven));
		int plans = sample.getShotList().getSetPlans().size();
		domain.getCommandStack().execute(BlockingCommands.createPlan(domain, sample, eleven));
		SetPlan plan = ScenePlans.planOf(sample, eleven);
		assertNotNull(plan, "found again by its name");
		assertEquals(ScenePlans.planName(eleven), plan.getName());
		assertEquals(12, plan.getWidthM());
		assertEquals(8, plan.getDepthM());
		assertEquals(plans + 1, sample.getShotList().getSetPlans().size());
		domain.getCommandStack().undo();
		assertEquals(plans, sample.getShotList().getSetPlans().size());
		assertNull(ScenePlans.planOf(sample, eleven));
	}

	@Test
	void addMarkTakesTheFirstUnmarkedCastMemberAndAddMoveConnectsMarks() {
		Scene three = scene("3");
		SetPlan plan = ScenePlans.planOf(sample, three);
		CastMember next = ScenePlans.nextUnmarked(sample, three, plan);
		assertNotNull(next);
		int marks = plan.getMarks().size();
		domain.getCommandStack().execute(BlockingCommands.addMark(domain, plan, next));
		ActorMark added = plan.getMarks().get(marks);
		assertSame(next, added.getActor());
		domain.getCommandStack().execute(BlockingCommands.addMove(domain, plan, plan.getMarks().get(0), added));
		assertSame(added, plan.getMoves().get(plan.getMoves().size() - 1).getTo());
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals(marks, plan.getMarks().size());
	}
}
