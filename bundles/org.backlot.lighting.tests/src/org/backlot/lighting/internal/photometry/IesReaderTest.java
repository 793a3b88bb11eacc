// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IES LM-63 files of each version and symmetry, wrapped lines, and errors that name the line. */
class IesReaderTest {
	/** A 2002 file: keywords, TILT=NONE, one horizontal angle (rotationally symmetric), values wrapped oddly. */
	static final String ROUND = """
			IESNA:LM-63-2002
			[TEST] unit test
			[MANUFAC] Backlot
			[LUMINAIRE] round spot
			TILT=NONE
			1 -1 2.0 5 1 1 2 0 0 0
			1.0 1.0 100
			0 10 20
			30 40
			0
			500 400
			250 100 50
			""";

	@Test
	void readsARotationallySymmetricFileWithWrappedLinesAndTheMultiplier() throws Exception {
		PhotometricData d = IesReader.read("round.ies", ROUND); //$NON-NLS-1$
		assertEquals(1000, d.peakCandela(), 1e-9);
		assertArrayEquals(new double[] { 0, 10, 20, 30, 40 }, d.gammaAngles());
		assertEquals(800, d.candela(10, 0), 1e-9);
		assertEquals(800, d.candela(10, 123), 1e-9);
		assertEquals(0.65, d.relative(15, 270), 1e-9);
		assertEquals(0, d.candela(41, 0), 1e-9);
	}

	@Test
	void readsThe1995HeaderAndCommaSeparatedValuesWithQuadrantSymmetry() throws Exception {
		String text = """
				IESNA:LM-63-1995
				[TEST] quadrant
				TILT=NONE
				1,1000,1,3,3,1,2,0,0,0
				1,1,50
				0,45,90
				0,45,90
				100,80,10
				100,60,5
				100,40,0
				""";
		PhotometricData d = IesReader.read("quad.ies", text); //$NON-NLS-1$
		assertArrayEquals(new double[] { 0, 45, 90, 135, 180, 225, 270, 315, 360 }, d.cAngles());
		assertEquals(80, d.candela(45, 0), 1e-9);
		assertEquals(40, d.candela(45, 90), 1e-9);
		assertEquals(60, d.candela(45, 135), 1e-9);
		assertEquals(40, d.candela(45, 270), 1e-9);
		assertEquals(70, d.candela(45, 22.5), 1e-9);
		assertEquals(70, d.candela(45, 337.5), 1e-9);
		assertEquals(70, d.candela(45, -22.5), 1e-9);
	}

	@Test
	void readsBilateralFilesAboutBothPlanes() throws Exception {
		String half = "IESNA91\nTILT=NONE\n1 1000 1 2 3 1 2 0 0 0\n1 1 10\n0 90\n0 90 180\n100 10\n100 20\n100 30\n"; //$NON-NLS-1$
		PhotometricData a = IesReader.read("half.ies", half); //$NON-NLS-1$
		assertEquals(20, a.candela(90, 270), 1e-9);
		assertEquals(25, a.candela(90, 225), 1e-9);
		String other = "\u00EF\u00BB\u00BFIES:LM-63-2019\nTILT=NONE\n1 1000 1 2 3 1 2 0 0 0\n1 1 10\n0 90\n90 180 270\n100 10\n100 20\n100 30\n"; //$NON-NLS-1$
		PhotometricData b = IesReader.read("other.ies", other); //$NON-NLS-1$
		assertEquals(20, b.candela(90, 0), 1e-9);
		assertEquals(15, b.candela(90, 45), 1e-9);
		assertEquals(25, b.candela(90, 315), 1e-9);
	}

	@Test
	void readsFullDataAndWrapsBetween345And0() throws Exception {
		StringBuilder s = new StringBuilder("TILT=NONE\n1 -1 1 2 24 1 2 0 0 0\n1 1 10\n0 90\n"); //$NON-NLS-1$
		for (int i = 0; i < 24; i++) {
			s.append(i * 15).append(' ');
		}
		s.append('\n');
		for (int i = 0; i < 24; i++) {
			s.append("100 ").append(i == 23 ? 30 : 10).append('\n'); //$NON-NLS-1$
		}
		PhotometricData d = IesReader.read("full.ies", s.toString()); //$NON-NLS-1$
		assertEquals(30, d.candela(90, 345), 1e-9);
		assertEquals(20, d.candela(90, 352.5), 1e-9);
		assertEquals(10, d.candela(90, 0), 1e-9);
	}

	@Test
	void skipsATiltIncludeTable() throws Exception {
		String text = "IESNA:LM-63-2002\nTILT=INCLUDE\n1\n3\n0 45 90\n1 0.9 0.8\n1 -1 1 2 1 1 2 0 0 0\n1 1 10\n0 90\n0\n100 0\n"; //$NON-NLS-1$
		assertEquals(100, IesReader.read("tilt.ies", text).peakCandela(), 1e-9); //$NON-NLS-1$
	}

	@Test
	void tooFewCandelaValuesNameTheLastLineAndTheCounts() {
		String text = ROUND.replace("250 100 50", "250"); //$NON-NLS-1$ //$NON-NLS-2$
		PhotometricException e = assertThrows(PhotometricException.class, () -> IesReader.read("lamp.ies", text)); //$NON-NLS-1$
		assertEquals("lamp.ies line 12: expected 5 candela values, found 3", e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void badNumbersAndAnglesNameTheirLine() {
		PhotometricException bad = assertThrows(PhotometricException.class,
				() -> IesReader.read("lamp.ies", ROUND.replace("30 40", "30 4O"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(bad.getMessage().startsWith("lamp.ies line 9: "), bad.getMessage()); //$NON-NLS-1$
		assertTrue(bad.getMessage().contains("\"4O\""), bad.getMessage()); //$NON-NLS-1$
		PhotometricException order = assertThrows(PhotometricException.class,
				() -> IesReader.read("lamp.ies", ROUND.replace("30 40", "30 25"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(order.getMessage().startsWith("lamp.ies line 9: "), order.getMessage()); //$NON-NLS-1$
		PhotometricException extra = assertThrows(PhotometricException.class,
				() -> IesReader.read("lamp.ies", ROUND + "7\n")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("lamp.ies line 13: expected 5 candela values, found 6", extra.getMessage()); //$NON-NLS-1$
	}

	@Test
	void rejectsMissingTiltTypeBAndOddHorizontalRanges() {
		PhotometricException noTilt = assertThrows(PhotometricException.class,
				() -> IesReader.read("a.ies", "IESNA:LM-63-2002\n[TEST] x\n1 2 3\n")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(noTilt.getMessage().startsWith("a.ies line 3: "), noTilt.getMessage()); //$NON-NLS-1$
		PhotometricException typeB = assertThrows(PhotometricException.class,
				() -> IesReader.read("b.ies", ROUND.replace("1 -1 2.0 5 1 1 2", "1 -1 2.0 5 1 2 2"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(typeB.getMessage().startsWith("b.ies line 6: ") && typeB.getMessage().contains(" B "), typeB.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		String odd = "TILT=NONE\n1 1000 1 2 2 1 2 0 0 0\n1 1 10\n0 90\n0 120\n100 10\n100 10\n"; //$NON-NLS-1$
		PhotometricException range = assertThrows(PhotometricException.class, () -> IesReader.read("c.ies", odd)); //$NON-NLS-1$
		assertTrue(range.getMessage().startsWith("c.ies line 5: "), range.getMessage()); //$NON-NLS-1$
		assertThrows(PhotometricException.class, () -> IesReader.read("d.ies", ROUND.replace("250 100 50", "250 -100 50"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
