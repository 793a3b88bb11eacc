// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** EULUMDAT files of every symmetry indicator, the cd/klm scaling and errors that name the line. */
class EulumdatReaderTest {
	/**
	 * A file with Mc = 4 planes (0, 90, 180, 270), gammas 0 and 90, lamp flux 2000 lm, and the stored planes'
	 * intensities (cd/klm) in {@code values}; the intensities start at line 49.
	 */
	static String ldt(int isym, String... values) {
		List<String> l = new ArrayList<>(List.of("Backlot test", "1", Integer.toString(isym), "4", "90", "2", "90", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"R1", "Test lamp", "T-1", "test.ldt", "2025-01-01")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (int i = 0; i < 9; i++) {
			l.add("0"); //$NON-NLS-1$
		}
		l.addAll(List.of("100", "80,5", "1.0", "0", "1", "2", "LED", "2000", "4000 K", "90", "40")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
		for (int i = 0; i < 10; i++) {
			l.add("0.5"); //$NON-NLS-1$
		}
		l.addAll(List.of("0", "90", "180", "270", "0", "90")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		l.addAll(List.of(values));
		return String.join("\r\n", l) + "\r\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void rotationalSymmetryStoresOnePlaneScaledByTheLampFlux() throws Exception {
		PhotometricData d = EulumdatReader.read("round.ldt", ldt(1, "500", "100")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(1000, d.peakCandela(), 1e-9);
		assertEquals(600, d.candela(45, 77), 1e-9);
		assertArrayEquals(new double[] { 0 }, d.cAngles());
	}

	@Test
	void noSymmetryReadsEveryPlaneAndWraps() throws Exception {
		PhotometricData d = EulumdatReader.read("all.ldt", ldt(0, "500", "10", "500", "20", "500", "30", "500", "40")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		assertEquals(80, d.candela(90, 270), 1e-9);
		assertEquals(50, d.candela(90, 315), 1e-9);
		assertEquals(30, d.candela(90, 45), 1e-9);
	}

	@Test
	void bilateralSymmetryAboutC0C180() throws Exception {
		PhotometricData d = EulumdatReader.read("half.ldt", ldt(2, "500", "10", "500", "20", "500", "30")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		assertEquals(40, d.candela(90, 270), 1e-9);
		assertEquals(50, d.candela(90, 225), 1e-9);
	}

	@Test
	void bilateralSymmetryAboutC90C270StoresPlanes270To90() throws Exception {
		// stored planes: C270 (30 cd/klm at 90°), C0 (10), C90 (20)
		PhotometricData d = EulumdatReader.read("side.ldt", ldt(3, "500", "30", "500", "10", "500", "20")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		assertEquals(60, d.candela(90, 270), 1e-9);
		assertEquals(20, d.candela(90, 0), 1e-9);
		assertEquals(20, d.candela(90, 180), 1e-9);
		assertEquals(40, d.candela(90, 90), 1e-9);
		assertEquals(30, d.candela(90, 135), 1e-9);
		assertEquals(40, d.candela(90, 225), 1e-9);
	}

	@Test
	void quadrantSymmetryStoresPlanes0To90() throws Exception {
		PhotometricData d = EulumdatReader.read("quad.ldt", ldt(4, "500", "10", "500", "30")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(20, d.candela(90, 180), 1e-9);
		assertEquals(60, d.candela(90, 270), 1e-9);
		assertEquals(40, d.candela(90, 315), 1e-9);
	}

	@Test
	void missingIntensitiesNameTheLastLine() {
		PhotometricException e = assertThrows(PhotometricException.class, () -> EulumdatReader.read("short.ldt", ldt(4, "500", "10", "500"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("short.ldt line 51: expected 4 luminous intensities, found 3", e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void badHeaderFieldsNameTheirLine() {
		PhotometricException sym = assertThrows(PhotometricException.class, () -> EulumdatReader.read("x.ldt", ldt(5, "1", "1"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(sym.getMessage().startsWith("x.ldt line 3: "), sym.getMessage()); //$NON-NLS-1$
		String text = ldt(1, "500", "100").replace("\r\n2000\r\n", "\r\nlots\r\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		PhotometricException flux = assertThrows(PhotometricException.class, () -> EulumdatReader.read("y.ldt", text)); //$NON-NLS-1$
		assertTrue(flux.getMessage().startsWith("y.ldt line 29: ") && flux.getMessage().contains("\"lots\""), flux.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		PhotometricException planes = assertThrows(PhotometricException.class,
				() -> EulumdatReader.read("z.ldt", ldt(1, "500", "100").replaceFirst("\r\n4\r\n", "\r\nfour\r\n"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(planes.getMessage().startsWith("z.ldt line 4: "), planes.getMessage()); //$NON-NLS-1$
		assertThrows(PhotometricException.class, () -> EulumdatReader.read("e.ldt", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
