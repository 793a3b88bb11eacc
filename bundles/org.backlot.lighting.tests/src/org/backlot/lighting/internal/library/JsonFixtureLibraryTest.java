// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.function.UnaryOperator;

import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.junit.jupiter.api.Test;

/** Fixture libraries written as JSON: fields, bad entries left out with a reason, bad files refused. */
class JsonFixtureLibraryTest {
	private static JsonFixtureLibrary parse(String json) throws LibraryException {
		return JsonFixtureLibrary.parse(null, null, "lamps.json", new StringReader(json), f -> "/abs/" + f); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void readsEveryField() throws Exception {
		JsonFixtureLibrary lib = parse("""
				{"id": "com.example", "name": "Example", "types": [
				 {"id": "a", "name": "Lamp A", "kind": "PAR", "powerW": 500, "lumens": 9000, "candela": 40000, "beamAngle": 12,
				  "fieldAngle": 24, "cct": 3200, "colour": "#ff8800", "softWidthM": 0.1, "softHeightM": 0.2,
				  "photometricFile": "a.ies", "dimmerCurve": "S_CURVE"}]}
				"""); //$NON-NLS-1$
		assertEquals("com.example", lib.id()); //$NON-NLS-1$
		assertEquals("Example", lib.name()); //$NON-NLS-1$
		FixtureType t = lib.types().get(0);
		assertEquals("com.example/a", t.getId()); //$NON-NLS-1$
		assertEquals(FixtureKind.PAR, t.getKind());
		assertEquals(500, t.getPowerW());
		assertEquals(9000, t.getLumens());
		assertEquals(40000, t.getCandela());
		assertEquals(12, t.getBeamAngle());
		assertEquals(24, t.getFieldAngle());
		assertEquals(3200, t.getCct());
		assertEquals("#ff8800", t.getColour()); //$NON-NLS-1$
		assertEquals(0.1, t.getSoftWidthM());
		assertEquals(0.2, t.getSoftHeightM());
		assertEquals("/abs/a.ies", t.getPhotometricFile()); //$NON-NLS-1$
		assertEquals(DimmerCurve.SCURVE, t.getDimmerCurve());
	}

	@Test
	void aBadTypeIsLeftOutWithItsNumberAndReason() throws Exception {
		JsonFixtureLibrary lib = parse("""
				{"id": "x", "types": [
				 {"name": "Good", "kind": "LED_PANEL", "candela": 100},
				 {"name": "Odd", "kind": "LANTERN", "candela": 100},
				 {"name": "Narrow", "kind": "PAR", "candela": 100, "beamAngle": 30, "fieldAngle": 20},
				 {"name": "Dark", "kind": "PAR"},
				 {"name": "Good", "kind": "PAR", "candela": "lots"}]}
				"""); //$NON-NLS-1$
		assertEquals(1, lib.types().size());
		assertEquals("x/good", lib.types().get(0).getId()); //$NON-NLS-1$
		assertEquals(4, lib.warnings().size());
		assertTrue(lib.warnings().get(0).startsWith("lamps.json: type 2: ") && lib.warnings().get(0).contains("LANTERN"), lib.warnings().get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(lib.warnings().get(1).startsWith("lamps.json: type 3: "), lib.warnings().get(1)); //$NON-NLS-1$
		assertTrue(lib.warnings().get(3).contains("\"candela\""), lib.warnings().get(3)); //$NON-NLS-1$
	}

	@Test
	void aFileThatIsNotALibraryIsRefused() {
		LibraryException syntax = assertThrows(LibraryException.class, () -> parse("{\"types\": [ {\"name\": ")); //$NON-NLS-1$
		assertTrue(syntax.getMessage().startsWith("lamps.json"), syntax.getMessage()); //$NON-NLS-1$
		assertThrows(LibraryException.class, () -> parse("[1, 2]")); //$NON-NLS-1$
		assertThrows(LibraryException.class, () -> JsonFixtureLibrary.parse("a", "A", "b.json", new StringReader("{\"types\": 3}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				UnaryOperator.identity()));
	}
}
