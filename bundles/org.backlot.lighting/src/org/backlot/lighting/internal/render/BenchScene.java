// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.List;

import org.backlot.lighting.api.FixtureTypes;
import org.backlot.lighting.internal.SetupParts;
import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.Wall;
import org.backlot.model.shots.CameraSetup;

/**
 * The renderer benchmark's set-up, built in memory: a 16 × 12 × 5 m set with four walls and six set pieces, three
 * actors on their marks, a camera on a 24 mm lens, and twelve lamps of eight types (Fresnels, an HMI PAR, an
 * ellipsoidal, LED panels and tubes, a book light, a soft box, practicals), lit for T4 at ISO 800, 1/48 s.
 */
public final class BenchScene {
	/** Where the actors stand; the key, fill and back light aim between them. */
	private static final double[][] MARKS = { { 7, 6, 270 }, { 9, 6.5, 240 }, { 8, 8.5, 270 } };

	private BenchScene() {
	}

	/** The set-up; its fixtures are in a fixed order, the key light first. */
	public static LightingSetup create() {
		LightingSetup s = SetupParts.setup("bench", "bench-light", set()); //$NON-NLS-1$ //$NON-NLS-2$
		SetupParts.look(s, "bench", 4).setKeyToFill(4); //$NON-NLS-1$
		CameraSetup c = SetupParts.camera(s, 8, 0.8, 1.6, 90, -6, 24, 24.89);
		int n = 0;
		for (double[] m : MARKS) {
			n++;
			SetupParts.mark(c, "mark-" + n, "Actor " + n, m[0], m[1], m[2]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		FixtureType m18 = type("1.8 kW HMI Fresnel", FixtureKind.FRESNEL_HMI, 1800, 60000, 20, 40, 5600, 0, 0); //$NON-NLS-1$
		FixtureType book = type("Book light 1.2 m", FixtureKind.BOOK_LIGHT, 800, 4000, 100, 150, 5600, 1.2, 1.2); //$NON-NLS-1$
		FixtureType twoK = type("2 kW tungsten Fresnel", FixtureKind.FRESNEL_TUNGSTEN, 2000, 25000, 25, 45, 3200, 0, 0); //$NON-NLS-1$
		FixtureType sky = type("LED panel S60", FixtureKind.SKY_PANEL, 420, 9000, 105, 150, 5600, 0.65, 0.3); //$NON-NLS-1$
		FixtureType tube = type("LED tube 1.2 m", FixtureKind.LED_TUBE, 72, 400, 120, 170, 4300, 1.2, 0.05); //$NON-NLS-1$
		FixtureType par = type("1.2 kW HMI PAR", FixtureKind.PAR, 1200, 150000, 12, 24, 5600, 0, 0); //$NON-NLS-1$
		FixtureType practical = type("Practical 60 W", FixtureKind.PRACTICAL, 60, 60, 160, 200, 2700, 0, 0); //$NON-NLS-1$
		FixtureType leko = type("750 W ellipsoidal", FixtureKind.ELLIPSOIDAL, 750, 40000, 26, 36, 3200, 0, 0); //$NON-NLS-1$
		FixtureType box = type("Soft box 1.2 × 0.6 m", FixtureKind.SOFTBOX, 1000, 2500, 90, 140, 5600, 1.2, 0.6); //$NON-NLS-1$
		aimed(s, m18, "Key", 4, 4, 4, 8, 6.5, 1.6, 1, Gel.NONE, 0.5); //$NON-NLS-1$
		aimed(s, book, "Fill", 12, 4, 2.5, 8, 6.5, 1.5, 0.6, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, twoK, "Back", 8, 11, 4.5, 8, 7, 1.6, 0.8, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, sky, "Top left", 5, 7, 4.8, 5, 7, 0, 0.4, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, sky, "Top right", 11, 7, 4.8, 11, 7, 0, 0.4, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, tube, "Tube left", 2, 11, 2, 2, 12, 2, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, tube, "Tube right", 14, 11, 2, 14, 12, 2, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, par, "Window", 15.5, 2, 4.5, 10, 6, 0, 1, Gel.QUARTER_CTO, 0); //$NON-NLS-1$
		aimed(s, practical, "Lamp", 5, 8.3, 1.2, 5, 8.3, 0, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, practical, "Sconce", 12, 11, 1.8, 12, 11, 0, 1, Gel.NONE, 0); //$NON-NLS-1$
		aimed(s, leko, "Bookcase", 2, 2, 4.5, 12, 11.3, 1.5, 0.7, Gel.HALF_CTB, 0); //$NON-NLS-1$
		aimed(s, box, "Eye light", 9.5, 3, 2, 8, 6.5, 1.6, 0.5, Gel.NONE, 0); //$NON-NLS-1$
		return s;
	}

	/** The lamp that the benchmark drags about. */
	public static Fixture dragged(LightingSetup s) {
		return s.getFixtures().get(0);
	}

	private static SetGeometry set() {
		SetGeometry set = SetupParts.set("Apartment", 16, 12, 5, 0.25); //$NON-NLS-1$
		List<Wall> walls = SetupParts.walls(set, 0.45);
		walls.get(2).setReflectance(0.6);
		SetupParts.piece(set, "Sofa", 5, 9, 0, 3, 1, 0.9, 0, 0.3); //$NON-NLS-1$
		SetupParts.piece(set, "Table", 8, 7.5, 0, 1.6, 0.9, 0.75, 10, 0.4); //$NON-NLS-1$
		SetupParts.piece(set, "Bookcase", 12, 11.6, 0, 2, 0.4, 2.2, 0, 0.35); //$NON-NLS-1$
		SetupParts.piece(set, "Column", 3, 4, 0, 0.6, 0.6, 5, 0, 0.6); //$NON-NLS-1$
		SetupParts.piece(set, "Flat", 12.5, 5, 0, 3, 0.2, 3, 30, 0.7); //$NON-NLS-1$
		SetupParts.piece(set, "Crates", 10.5, 3, 0, 1, 1, 1, 15, 0.3); //$NON-NLS-1$
		return set;
	}

	/** A type identified by its name, its dimmer curve that of its kind: square for filament lamps, linear for the rest. */
	private static FixtureType type(String name, FixtureKind kind, double watts, double candela, double beam, double field, double cct, double w, double h) {
		FixtureType t = FixtureTypes.of(name, kind, watts, candela, beam, field, cct, w, h);
		t.setId(name);
		t.setDimmerCurve(kind == FixtureKind.FRESNEL_TUNGSTEN || kind == FixtureKind.PRACTICAL ? DimmerCurve.SQUARE : DimmerCurve.LINEAR);
		return t;
	}

	private static void aimed(LightingSetup s, FixtureType type, String name, double x, double y, double z, double tx, double ty, double tz, double dimmer,
			Gel gel, double diffusion) {
		Fixture f = SetupParts.aimed(s, type, name, x, y, z, tx, ty, tz);
		f.setDimmer(dimmer);
		f.setGel(gel);
		f.setDiffusion(diffusion);
	}
}
