// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.internal.assistant.PhotometricAdvisor;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.production.Production;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assistant on the sample production: the request it reads, advisors that fail, and Apply as one undoable command. */
class AssistantTest {
	private static Studio studio;

	@BeforeAll
	static void studio() {
		studio = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
	}

	private static LightingSetup sampleSetup() {
		Production p = SampleProduction.create(studio);
		return p.getLighting().getSetups().get(0);
	}

	@Test
	void theRequestKeepsPracticalsAndTheWallAndCountsTheStock() {
		LightingSetup setup = sampleSetup();
		AdvisorRequest r = Assistant.request(setup, null, Looks.find(Looks.LOOP).orElseThrow(), null);
		long practicals = setup.getFixtures().stream().filter(f -> f.getType().getKind() == FixtureKind.PRACTICAL).count();
		assertTrue(practicals > 0);
		assertEquals(practicals, r.scene().sources().stream().filter(s -> !s.ledWall).count(), "only practicals stay among the lamps");
		assertNotNull(r.subject());
		assertTrue(r.scene().actors().contains(r.subject()));
		assertEquals(2.8, r.scene().shootingStop());
		for (FixtureStock s : studio.getFixtureStock()) {
			assertEquals(s.getQuantity(), r.stock().get(s.getType()));
		}
		AdvisorRequest deep = Assistant.request(setup, studio, Looks.find(Looks.LOOP).orElseThrow().atStop(5.6), null);
		assertEquals(5.6, deep.scene().shootingStop());
	}

	@Test
	void outsideOsgiTheBuiltInAdvisorIsTheOne() {
		List<Advisor> advisors = Assistant.advisors();
		assertEquals(1, advisors.size());
		assertTrue(advisors.get(0) instanceof PhotometricAdvisor);
	}

	@Test
	void aThrowingAdvisorIsSkippedWithAProblem() {
		AdvisorRequest r = Assistant.request(sampleSetup(), studio, Looks.find(Looks.HIGH_KEY).orElseThrow(), null);
		Advisor broken = (request, monitor) -> {
			throw new IllegalStateException("no light today");
		};
		Advisor empty = (request, monitor) -> null;
		Assistant.takeProblems();
		Assistant.Outcome o = Assistant.propose(List.of(broken, new PhotometricAdvisor(), empty), r, null);
		assertEquals(1, o.problems().size());
		assertTrue(o.problems().get(0).contains("no light today"), o.problems().get(0));
		assertFalse(o.proposals().isEmpty());
		assertTrue(o.proposals().stream().allMatch(p -> PhotometricAdvisor.ID.equals(p.advisorId())));
		assertEquals(o.problems(), Assistant.takeProblems());
		assertTrue(Assistant.takeProblems().isEmpty(), "each problem is handed over once");
		for (int i = 1; i < o.proposals().size(); i++) {
			Proposal a = o.proposals().get(i - 1);
			Proposal b = o.proposals().get(i);
			assertTrue(a.meetsAll() && !b.meetsAll() || a.meetsAll() == b.meetsAll() && a.score() <= b.score(), "best first");
		}
	}

	@Test
	void applyIsOneCommandThatUndoRestoresExactly() {
		LightingSetup setup = sampleSetup();
		LightingPlan plan = (LightingPlan) setup.eContainer();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
				new BasicCommandStack());
		LightingSetup before = EcoreUtil.copy(setup);
		List<Fixture> fixturesBefore = new ArrayList<>(setup.getFixtures());
		List<Look> looksBefore = new ArrayList<>(plan.getLooks());
		Look lookBefore = setup.getLook();
		AdvisorRequest r = Assistant.request(setup, studio, Looks.find(Looks.REMBRANDT).orElseThrow(), null);
		Proposal best = Assistant.propose(List.of(new PhotometricAdvisor()), r, null).proposals().get(0);
		Command c = Assistant.apply(domain, setup, best);
		assertTrue(c instanceof CompoundCommand);
		assertTrue(c.canExecute());
		domain.getCommandStack().execute(c);
		assertTrue(domain.getCommandStack().canUndo());
		List<Fixture> now = setup.getFixtures();
		long practicals = fixturesBefore.stream().filter(f -> f.getType().getKind() == FixtureKind.PRACTICAL).count();
		assertEquals(best.fixtures().size() + practicals, now.size());
		assertTrue(now.stream().filter(f -> f.getType().getKind() == FixtureKind.PRACTICAL).allMatch(fixturesBefore::contains), "practicals kept");
		for (PlacedFixture pf : best.fixtures()) {
			assertTrue(now.stream().anyMatch(f -> f.getType() == pf.type() && f.getX() == pf.x() && f.getDimmer() == pf.dimmer()));
		}
		assertTrue(now.stream().filter(f -> !fixturesBefore.contains(f)).allMatch(f -> f.getId() != null && f.getId().length() == 36));
		assertTrue(now.stream().anyMatch(f -> f.getName().equals("Key")));
		assertEquals("Rembrandt", setup.getLook().getName());
		assertEquals(Looks.REMBRANDT, setup.getLook().getPreset());
		assertSame(plan, setup.getLook().eContainer());

		domain.getCommandStack().undo();
		assertEquals(fixturesBefore, setup.getFixtures());
		assertEquals(looksBefore, plan.getLooks());
		assertSame(lookBefore, setup.getLook());
		assertTrue(EcoreUtil.equals(before, setup), "undo restores the set-up exactly");
		assertFalse(domain.getCommandStack().canUndo());

		domain.getCommandStack().redo();
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, setup));
	}
}
