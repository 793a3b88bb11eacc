// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** Fixture types made from their figures, and a studio's stock of them. */
public final class FixtureTypes {
	private FixtureTypes() {
	}

	/**
	 * A type from a maker's figures: name, kind, power in watts, peak intensity in candela, beam and field angles in
	 * degrees, colour temperature in kelvin, and the size of its face in metres (0 for a point source). No id is set.
	 */
	public static FixtureType of(String name, FixtureKind kind, double watts, double candela, double beam, double field, double cct, double softWidthM,
			double softHeightM) {
		FixtureType t = LightingFactory.eINSTANCE.createFixtureType();
		t.setName(name);
		t.setKind(kind);
		t.setPowerW(watts);
		t.setCandela(candela);
		t.setBeamAngle(beam);
		t.setFieldAngle(field);
		t.setCct(cct);
		t.setSoftWidthM(softWidthM);
		t.setSoftHeightM(softHeightM);
		return t;
	}

	/** Adds the type to the studio with {@code quantity} in stock; returns the type. */
	public static FixtureType stock(Studio studio, FixtureType type, int quantity) {
		studio.getFixtureTypes().add(type);
		FixtureStock line = StudioFactory.eINSTANCE.createFixtureStock();
		line.setType(type);
		line.setQuantity(quantity);
		studio.getFixtureStock().add(line);
		return type;
	}
}
