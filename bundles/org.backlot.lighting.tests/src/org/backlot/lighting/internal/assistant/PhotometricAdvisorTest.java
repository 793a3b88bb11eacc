// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.cli.api.CliFiles;
import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.AdvisorRequest;
import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.TargetResult;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Samples;
import org.backlot.studio.api.StudioGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in advisor on a plain set: one actor facing a camera 3 m away (camera at y = 2 looking along +y, so
 * camera left is −x), ISO 800, 1/48 s, the generated studio's stock.
 */
class PhotometricAdvisorTest {
	private static Studio studio;
	private static LightingSetup setup;

	@BeforeAll
	static void scene() {
		studio = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
		setup = BenchScenes.simple(studio);
	}

	private static AdvisorRequest request(String look) {
		return Assistant.request(setup, studio, Looks.find(look).orElseThrow(), null);
	}

	private static List<Proposal> propose(AdvisorRequest r) {
		return new PhotometricAdvisor().propose(r, null);
	}

	private static PlacedFixture role(Proposal p, String role) {
		return p.fixtures().stream().filter(f -> f.role().equals(role)).findFirst().orElse(null);
	}

	@Test
	void rembrandtAtT28IsMetWithinAQuarterStop() {
		AdvisorRequest r = request(Looks.REMBRANDT);
		assertEquals(2.8, r.look().tStop());
		assertEquals(800, r.scene().iso());
		List<Proposal> proposals = propose(r);
		assertTrue(proposals.size() >= 1 && proposals.size() <= 3, "the best and up to two alternatives");
		Proposal best = proposals.get(0);
		assertTrue(best.meetsAll(), () -> String.join("\n", best.explanation()));
		TargetResult exposure = best.results().get(0);
		assertEquals(Messages.targetExposure, exposure.target());
		assertEquals(0, exposure.error(), Looks.STOP_TOLERANCE);
		assertEquals(2.8, exposure.achieved(), 2.8 * (Math.pow(2, Looks.STOP_TOLERANCE / 2) - 1));
		assertEquals(0, best.results().get(1).error(), Looks.STOP_TOLERANCE, "4:1");
		for (int i = 1; i < proposals.size(); i++) {
			assertTrue(proposals.get(i).score() >= best.score());
		}
		assertFalse(best.explanation().isEmpty());
		assertEquals(PhotometricAdvisor.ID, best.advisorId());
	}

	@Test
	void theKeyLandsOnTheLooksSideAndAngle() {
		Actor actor = request(Looks.REMBRANDT).subject();
		Proposal rembrandt = propose(request(Looks.REMBRANDT)).get(0);
		PlacedFixture key = role(rembrandt, Lamp.KEY);
		assertNotNull(key);
		double dx = key.x() - actor.head().x();
		double dy = key.y() - actor.head().y();
		double az = Math.toDegrees(Math.atan2(-dx, -dy));
		assertTrue(dx < 0, "camera left is -x here");
		assertEquals(45, az, Looks.AZIMUTH_TOLERANCE);
		double el = Math.toDegrees(Math.atan2(key.z() - actor.head().z(), Math.hypot(dx, dy)));
		assertEquals(40, el, Looks.ELEVATION_TOLERANCE);
		assertTrue(key.tilt() < 0, "aimed down at the face");
		PlacedFixture fill = role(rembrandt, Lamp.FILL);
		assertTrue(fill == null || fill.x() > actor.head().x() - 0.5, "the fill comes from the other side");

		Proposal moon = propose(request(Looks.MOONLIGHT)).get(0);
		PlacedFixture moonKey = role(moon, Lamp.KEY);
		assertTrue(moonKey.x() > actor.head().x(), "moonlight's key is camera right");
		Proposal split = propose(request(Looks.SPLIT)).get(0);
		PlacedFixture splitKey = role(split, Lamp.KEY);
		assertEquals(90, Math.toDegrees(Math.atan2(-(splitKey.x() - actor.head().x()), -(splitKey.y() - actor.head().y()))), Looks.AZIMUTH_TOLERANCE);
	}

	@Test
	void everyPresetIsMetOnThePlainSet() {
		for (LookTarget look : Looks.presets()) {
			Proposal best = propose(Assistant.request(setup, studio, look, null)).get(0);
			assertTrue(best.meetsAll(), () -> look.id() + "\n" + String.join("\n", best.explanation()));
		}
	}

	@Test
	void theProposalRespectsTheStock() {
		AdvisorRequest r = request(Looks.REMBRANDT);
		Map<FixtureType, Integer> stock = new LinkedHashMap<>(r.stock());
		FixtureType firstKey = role(propose(r).get(0), Lamp.KEY).type();
		stock.put(firstKey, 0);
		for (FixtureType t : stock.keySet()) {
			if (t.getKind() == FixtureKind.FRESNEL_HMI) {
				stock.put(t, 0);
			}
		}
		List<Proposal> proposals = propose(new AdvisorRequest(r.scene(), r.look(), r.subject(), stock));
		for (Proposal p : proposals) {
			Map<FixtureType, Integer> used = new HashMap<>();
			for (PlacedFixture f : p.fixtures()) {
				assertTrue(stock.getOrDefault(f.type(), 0) > 0, f.type().getName() + " is not in stock");
				used.merge(f.type(), 1, Integer::sum);
			}
			used.forEach((t, n) -> assertTrue(n <= stock.get(t), t.getName()));
		}
		FixtureType only = stock.keySet().stream().filter(t -> t.getName().equals("Tungsten Fresnel 1 kW")).findFirst().orElseThrow();
		Map<FixtureType, Integer> one = Map.of(only, 1);
		for (Proposal p : propose(new AdvisorRequest(r.scene(), r.look(), r.subject(), one))) {
			assertTrue(p.fixtures().size() <= 1, "one lamp in stock");
		}
	}

	@Test
	void withNothingInStockItSaysSoAndPlacesNothing() {
		AdvisorRequest r = request(Looks.LOOP);
		List<Proposal> proposals = propose(new AdvisorRequest(r.scene(), r.look(), r.subject(), Map.of()));
		assertEquals(1, proposals.size());
		assertTrue(proposals.get(0).fixtures().isEmpty());
		assertFalse(proposals.get(0).meetsAll());
		assertTrue(proposals.get(0).explanation().get(0).contains(r.look().name()));
	}

	@Test
	void whenTheStockCannotReachTheStopItGivesTheClosest() {
		AdvisorRequest r = Assistant.request(setup, studio, Looks.find(Looks.LOOP).orElseThrow().atStop(22), null);
		FixtureType small = r.stock().keySet().stream().filter(t -> t.getName().equals("LED panel 1x1")).findFirst().orElseThrow();
		Proposal best = propose(new AdvisorRequest(r.scene(), r.look(), r.subject(), Map.of(small, 2))).get(0);
		assertFalse(best.meetsAll());
		TargetResult exposure = best.results().get(0);
		assertTrue(exposure.error() < -1, "far under T22");
		assertTrue(best.fixtures().stream().anyMatch(f -> f.dimmer() >= 0.99), "the key runs at full");
		assertTrue(best.explanation().stream().anyMatch(l -> l.contains("T22")), () -> String.join("\n", best.explanation()));
	}

	/** Rembrandt's angles and ratio at a colour that a 5600 K lamp reaches with neither 1/4 nor 1/2 CTB (±15 mireds). */
	private static LookTarget between() {
		LookTarget r = Looks.find(Looks.REMBRANDT).orElseThrow();
		return new LookTarget("between", "between", r.keyAzimuth(), r.keyElevation(), r.keyToFill(), r.tStop(), 8200, r.separationStops()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String words(Proposal p) {
		return String.join("\n", p.explanation()); //$NON-NLS-1$
	}

	@Test
	void aColourBetweenTwoGelStepsIsMixedOnTheFaceFromTwoLamps() {
		Proposal best = propose(Assistant.request(setup, studio, between(), null)).get(0);
		assertTrue(best.meetsAll(), () -> words(best));
		Gel key = role(best, Lamp.KEY).gel();
		assertTrue(best.fixtures().stream().anyMatch(f -> !f.role().equals(Lamp.BACKGROUND) && f.gel() != key), () -> words(best));
		String mix = Messages.whyColourMix.substring(0, Messages.whyColourMix.indexOf('{'));
		assertTrue(best.explanation().stream().anyMatch(l -> l.startsWith(mix)), () -> words(best));
	}

	@Test
	void whenNoLampAndGelReachTheColourItSaysWhy() {
		AdvisorRequest r = Assistant.request(setup, studio, between(), null);
		FixtureType tungsten = r.stock().keySet().stream().filter(t -> t.getName().equals("Tungsten Fresnel 1 kW")).findFirst().orElseThrow(); //$NON-NLS-1$
		Proposal best = propose(new AdvisorRequest(r.scene(), r.look(), r.subject(), Map.of(tungsten, 4))).get(0);
		TargetResult colour = best.results().stream().filter(t -> t.unit().equals(LookMeter.KELVIN)).findFirst().orElseThrow();
		assertFalse(colour.met(), "3200 K under full CTB is about 5700 K");
		String missed = Messages.whyColourMissed.substring(0, Messages.whyColourMissed.indexOf('{'));
		assertTrue(best.explanation().stream().anyMatch(l -> l.startsWith(missed) && l.contains("8200 K") && l.contains(Messages.gelCTB)), //$NON-NLS-1$
				() -> words(best));
	}

	@Test
	void theLedVolumeMatchMeetsTheWallsColourAtTheSamplesCounter(@TempDir Path dir) throws Exception {
		Production p = CliFiles.production(Samples.ensure(dir).toString());
		LightingSetup counter = p.getLighting().getSetups().stream().filter(s -> s.getName().startsWith("7B")).findFirst().orElseThrow(); //$NON-NLS-1$
		AdvisorRequest r = Assistant.request(counter, p.getStudio(), Looks.find(Looks.LED_VOLUME).orElseThrow(), dir);
		assertTrue(r.look().kelvin() > 7000, "a cool rainy river on the wall");
		Proposal best = propose(r).get(0);
		assertTrue(best.meetsAll(), () -> words(best));
	}
}
