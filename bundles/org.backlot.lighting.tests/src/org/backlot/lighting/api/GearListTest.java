// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.junit.jupiter.api.Test;

/** A set-up's gear list: lamps by type, switched-off ones too, against the stock, with power. */
class GearListTest {
	private static FixtureType type(Studio s, String name, FixtureKind kind, double watts, int stock) {
		FixtureType t = LightingFactory.eINSTANCE.createFixtureType();
		t.setName(name);
		t.setKind(kind);
		t.setPowerW(watts);
		return FixtureTypes.stock(s, t, stock);
	}

	private static Fixture lamp(LightingSetup s, FixtureType t, boolean off) {
		Fixture f = LightingFactory.eINSTANCE.createFixture();
		f.setType(t);
		f.setOff(off);
		s.getFixtures().add(f);
		return f;
	}

	@Test
	void countsWattsAndShortfall() {
		Studio studio = StudioFactory.eINSTANCE.createStudio();
		FixtureType fresnel = type(studio, "Tungsten Fresnel 2 kW", FixtureKind.FRESNEL_TUNGSTEN, 2000, 3);
		FixtureType hmi = type(studio, "HMI Fresnel 4 kW, daylight", FixtureKind.FRESNEL_HMI, 4000, 1);
		FixtureType panel = type(studio, "LED panel 2x1", FixtureKind.LED_PANEL, 200, 10);
		LightingSetup setup = LightingFactory.eINSTANCE.createLightingSetup();
		lamp(setup, fresnel, false);
		lamp(setup, fresnel, true);
		lamp(setup, hmi, false);
		lamp(setup, hmi, false);
		lamp(setup, null, false);
		List<GearLine> gear = GearList.of(setup, studio);
		assertEquals(2, gear.size(), "types the set-up uses, none for a lamp without a type");
		GearLine h = gear.get(0);
		GearLine t = gear.get(1);
		assertEquals(hmi, h.type());
		assertEquals(2, h.count());
		assertEquals(1, h.inStock());
		assertEquals(1, h.shortfall());
		assertEquals(8000, h.watts());
		assertEquals(fresnel, t.type());
		assertEquals(2, t.count(), "a switched-off lamp is still rigged");
		assertEquals(3, t.inStock());
		assertEquals(0, t.shortfall());
		assertEquals(4000, t.watts());
		assertEquals(12000, GearList.totalWatts(gear));
		assertTrue(gear.stream().noneMatch(g -> g.type() == panel));

		String csv = GearList.csv(gear);
		String[] lines = csv.split("\n");
		assertEquals(3, lines.length);
		assertEquals("\"HMI Fresnel 4 kW, daylight\",FRESNEL_HMI,2,1,1,8000", lines[1]);
		assertEquals("Tungsten Fresnel 2 kW,FRESNEL_TUNGSTEN,2,3,0,4000", lines[2]);

		List<GearLine> noStudio = GearList.of(setup, null);
		assertEquals(0, noStudio.get(0).inStock());
		assertEquals(2, noStudio.get(0).shortfall());
	}
}
