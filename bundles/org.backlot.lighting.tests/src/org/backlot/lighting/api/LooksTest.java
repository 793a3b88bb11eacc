// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.backlot.lighting.internal.assistant.BenchScenes;
import org.backlot.lighting.internal.assistant.Messages;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.junit.jupiter.api.Test;

/** The named looks: found by id and by name in both languages, taken from the model, and derived from an LED wall. */
class LooksTest {
	private static final String[] KEYS = { "lookHighKey", "lookLowKey", "lookRembrandt", "lookButterfly", "lookSplit", "lookLoop", "lookGoldenHour",
			"lookMoonlight", "lookLedVolume" };

	private static Properties load(String file) throws Exception {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(file)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void everyPresetIsFoundByIdAndByItsNameInBothLanguages() throws Exception {
		Properties en = load("messages.properties");
		Properties zh = load("messages_zh.properties");
		List<LookTarget> presets = Looks.presets();
		assertEquals(KEYS.length, presets.size());
		for (int i = 0; i < KEYS.length; i++) {
			String id = presets.get(i).id();
			String english = en.getProperty(KEYS[i]);
			String chinese = zh.getProperty(KEYS[i]);
			assertTrue(chinese.codePoints().anyMatch(c -> c > 0x2e80), chinese);
			for (String name : new String[] { id, id.toUpperCase(), english, english.toLowerCase(), english.toUpperCase(), chinese }) {
				assertEquals(id, Looks.find(name).map(LookTarget::id).orElse(null), name);
			}
		}
	}

	@Test
	void findAcceptsCasePartsAndUnambiguousBeginnings() {
		assertEquals(Looks.REMBRANDT, Looks.find("rembrandt").orElseThrow().id());
		assertEquals(Looks.REMBRANDT, Looks.find("Rembrandt").orElseThrow().id());
		assertEquals(Looks.REMBRANDT, Looks.find("\u4f26\u52c3\u6717\u5149").orElseThrow().id());
		assertEquals(Looks.LOW_KEY, Looks.find("noir").orElseThrow().id());
		assertEquals(Looks.LOW_KEY, Looks.find("low key").orElseThrow().id());
		assertEquals(Looks.BUTTERFLY, Looks.find("Paramount").orElseThrow().id());
		assertEquals(Looks.BUTTERFLY, Looks.find("\u8774\u8776\u5149").orElseThrow().id());
		assertEquals(Looks.GOLDEN_HOUR, Looks.find("golden_hour").orElseThrow().id());
		assertEquals(Looks.MOONLIGHT, Looks.find("moon").orElseThrow().id());
		assertFalse(Looks.find("lo").isPresent(), "too short to tell low key from loop");
		assertFalse(Looks.find("disco").isPresent());
		assertFalse(Looks.find("").isPresent());
	}

	@Test
	void presetsAreWrittenAsALightingDepartmentWouldMeterThem() {
		LookTarget r = Looks.find(Looks.REMBRANDT).orElseThrow();
		assertEquals(45, r.keyAzimuth());
		assertEquals(4, r.keyToFill());
		assertEquals(2.8, r.tStop());
		LookTarget split = Looks.find(Looks.SPLIT).orElseThrow();
		assertEquals(90, split.keyAzimuth());
		assertTrue(Looks.find(Looks.HIGH_KEY).orElseThrow().separationStops() < 0, "high key: background brighter than the face");
		assertTrue(Looks.find(Looks.LOW_KEY).orElseThrow().separationStops() >= 2);
		assertTrue(Looks.find(Looks.MOONLIGHT).orElseThrow().kelvin() >= 7000);
		assertTrue(Looks.find(Looks.GOLDEN_HOUR).orElseThrow().keyElevation() <= 15);
		assertEquals(8.0, r.atStop(8).tStop());
	}

	@Test
	void aLookOfTheProductionBecomesTargets() {
		Look l = LightingFactory.eINSTANCE.createLook();
		l.setId("look-1");
		l.setName("Rainy afternoon");
		l.setKeyToFill(4);
		l.setTargetStop(4);
		l.setCct(4300);
		l.setKeyAzimuth(-30);
		l.setKeyElevation(20);
		l.setSeparationStops(1.5);
		LookTarget t = Looks.of(l);
		assertEquals("look-1", t.id());
		assertEquals("Rainy afternoon", t.name());
		assertEquals(-30, t.keyAzimuth());
		assertEquals(4300, t.kelvin());
		assertEquals(1.5, t.separationStops());
		l.setPreset(Looks.LOOP);
		l.setTargetStop(0);
		assertEquals(Looks.LOOP, Looks.of(l).id());
		assertEquals(2.8, Looks.of(l).tStop(), "no stop: T2.8");
	}

	@Test
	void theLedVolumeMatchTakesItsColourAndStopFromTheWall() {
		LightingSetup setup = BenchScenes.simple(BenchScenes.kit());
		LookTarget plain = Looks.ledVolume(LightScene.of(setup, null));
		assertEquals(5600, plain.kelvin());
		assertEquals(2.8, plain.tStop());
		LedWall wall = LightingFactory.eINSTANCE.createLedWall();
		wall.setX1(0.5);
		wall.setY1(7.9);
		wall.setX2(7.5);
		wall.setY2(7.9);
		wall.setHeight(4);
		wall.setNits(100);
		setup.getSet().setLedWall(wall);
		LookTarget led = Looks.ledVolume(LightScene.of(setup, null));
		assertEquals(6500, led.kelvin(), 300, "a white wall is about D65");
		double face = Exposure.lux(led.tStop(), 800, 1 / 48.0);
		double wallSeen = 100 * 0.5;
		assertEquals(Looks.LED_SEPARATION, Exposure.stops(Actor.SKIN * face / Math.PI, wallSeen), 0.05);
		wall.setNits(400);
		assertTrue(Looks.ledVolume(LightScene.of(setup, null)).tStop() > led.tStop(), "a brighter wall needs a deeper stop");
	}
}
