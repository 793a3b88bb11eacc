// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotSize;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbering, adding, renumbering, set-ups and minutes of shots on the sample production. */
class ShotsTest {
	private static Production sample;
	private Production p;

	@BeforeAll
	static void build() {
		sample = SampleProduction.create(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
	}

	@BeforeEach
	void copy() {
		p = EcoreUtil.copy(sample);
	}

	private Scene scene(String number) {
		return p.getScript().getScenes().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	private static List<String> numbers(List<Shot> shots) {
		return shots.stream().map(Shot::getNumber).toList();
	}

	@Test
	void naturalOrderOfNumbers() {
		List<String> n = new ArrayList<>(List.of("3AA", "10A", "3B", "3Z", "3A", "2C"));
		Collections.shuffle(n, new java.util.Random(4));
		n.sort(ShotNumbers.ORDER);
		assertEquals(List.of("2C", "3A", "3B", "3Z", "3AA", "10A"), n);
		assertEquals("A", ShotNumbers.letters(0));
		assertEquals("Z", ShotNumbers.letters(25));
		assertEquals("AA", ShotNumbers.letters(26));
		assertEquals("AB", ShotNumbers.letters(27));
		assertEquals(27, ShotNumbers.index("AB"));
		assertEquals(-1, ShotNumbers.index("A1"));
	}

	@Test
	void sceneThreeHasFourShotsOnTwoSetups() {
		Scene three = scene("3");
		assertEquals(List.of("3A", "3B", "3C", "3D"), numbers(Shots.of(p, three)));
		Map<CameraSetup, List<Shot>> bySetup = Shots.bySetup(p, three);
		assertEquals(2, bySetup.size());
		assertEquals(2, Shots.setupCount(p, three));
		List<List<String>> groups = bySetup.values().stream().map(ShotsTest::numbers).toList();
		assertEquals(List.of(List.of("3A", "3B"), List.of("3C", "3D")), groups);
		// set-ups: A has 45 (dolly) and 15 -> 45 once; B has 15 and 15 -> 15; shooting 4 x 20
		assertEquals(45 + 15 + 4 * 20, Shots.minutes(p, three));
		assertEquals("3E", Shots.nextNumber(p, three));
	}

	@Test
	void nextNumberFollowsTheHighestAndGoesPastZ() {
		Scene twelve = scene("12");
		assertEquals("12C", Shots.nextNumber(p, twelve));
		for (int i = 0; i < 24; i++) {
			Shots.create(p, twelve, null);
		}
		List<String> n = numbers(Shots.of(p, twelve));
		assertEquals("12Z", n.get(n.size() - 1));
		assertEquals("12AA", Shots.nextNumber(p, twelve));
		Shot aa = Shots.create(p, twelve, null);
		assertEquals("12AA", aa.getNumber());
		assertSame(aa, Shots.of(p, twelve).get(26), "12AA sorts after 12Z");
		Scene empty = scene("2");
		assertTrue(Shots.of(p, empty).isEmpty());
		assertEquals("2A", Shots.nextNumber(p, empty));
	}

	@Test
	void createGivesDefaultsAndRenumberClosesGaps() {
		Scene three = scene("3");
		CameraSetup counter = Shots.of(p, three).get(2).getSetup();
		Shot e = Shots.create(p, three, counter);
		assertEquals("3E", e.getNumber());
		assertNotNull(e.getId());
		assertEquals(ShotSize.WS, e.getSize());
		assertEquals(CameraAngle.EYE_LEVEL, e.getAngle());
		assertEquals(CameraMovement.STATIC, e.getMovement());
		assertEquals(counter.getLensMm(), e.getLensMm());
		assertEquals(Shots.SAME_SETUP_MINUTES, e.getSetupMinutes(), "the scene already uses that set-up");
		assertEquals(Shots.SHOOT_MINUTES, e.getShootMinutes());
		Shot f = Shots.create(p, three, null);
		assertEquals(Shots.DEFAULT_LENS_MM, f.getLensMm());
		assertEquals(Shots.NEW_SETUP_MINUTES, f.getSetupMinutes());
		Shot b = Shots.of(p, three).get(1);
		p.getShotList().getShots().remove(b);
		assertEquals(List.of("3A", "3C", "3D", "3E", "3F"), numbers(Shots.of(p, three)));
		Shots.renumber(p, three);
		assertEquals(List.of("3A", "3B", "3C", "3D", "3E"), numbers(Shots.of(p, three)));
		assertEquals("Chen Mo pours from three feet.", Shots.of(p, three).get(1).getDescription(), "order kept");
	}

	@Test
	void setupsGetLettersAndPlansAreFound() {
		Scene three = scene("3");
		SetPlan plan = Shots.planFor(p, three);
		assertNotNull(plan);
		CameraSetup d = Shots.createSetup(p, plan, null);
		assertEquals("D", d.getName(), "A, B and C are taken on the tea house plan");
		assertNotNull(d.getId());
		assertSame(plan, d.getSetPlan());
		assertEquals(plan.getWidthM() / 2, d.getX());
		assertTrue(p.getShotList().getSetups().contains(d));
		assertEquals("Crane", Shots.createSetup(p, plan, "Crane").getName());
		Shot shot = Shots.create(p, three, d);
		assertEquals(Shots.NEW_SETUP_MINUTES, shot.getSetupMinutes());
		assertEquals(3, Shots.setupCount(p, three));

		Scene two = scene("2");
		assertNull(Shots.planFor(p, two));
		SetPlan made = Shots.createPlan(p, two);
		assertEquals(two.getSetName(), made.getName());
		assertEquals(12, made.getWidthM());
		assertEquals(8, made.getDepthM());
		assertSame(made, Shots.planFor(p, two), "found by the set's name");
		assertEquals("A", Shots.createSetup(p, made, null).getName());
		assertFalse(Shots.fieldOfView(d) <= 0);
	}
}
