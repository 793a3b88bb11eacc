// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.internal.photometry.PhotometricData;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixture type's distribution: from its beam angles, or from its photometric file, cached, with fallbacks. */
class DistributionsTest {
	private static final String IES = "IESNA:LM-63-2002\nTILT=NONE\n1 -1 1 3 1 1 2 0 0 0\n1 1 100\n0 20 40\n0\n%d 500 0\n"; //$NON-NLS-1$
	private final List<String> problems = new ArrayList<>();

	private static FixtureType type(double beam, double field, String file) {
		FixtureType t = LightingFactory.eINSTANCE.createFixtureType();
		t.setName("Lamp"); //$NON-NLS-1$
		t.setCandela(1000);
		t.setBeamAngle(beam);
		t.setFieldAngle(field);
		t.setPhotometricFile(file);
		return t;
	}

	@Test
	void withoutAFileTheBeamAnglesShapeTheBeam() {
		Distribution d = Distributions.of(type(30, 50, null), null, problems::add);
		assertEquals(0.5, d.relative(15, 0), 1e-9);
		assertEquals(0.1, d.relative(25, 90), 1e-9);
		Distribution defaults = Distributions.of(type(0, 0, " "), null, problems::add); //$NON-NLS-1$
		assertEquals(0.5, defaults.relative(20, 0), 1e-9);
		assertEquals(0.1, defaults.relative(30, 0), 1e-9);
		assertEquals(List.of(), problems);
	}

	@Test
	void aFileBesideTheProductionIsReadOnceUntilItChanges(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("spot.IES"); //$NON-NLS-1$
		Files.writeString(file, IES.formatted(1000));
		Distribution a = Distributions.of(type(30, 50, "spot.IES"), dir, problems::add); //$NON-NLS-1$
		assertEquals(1000, a.peakCandela(), 1e-9);
		assertEquals(0.75, a.relative(10, 0), 1e-9);
		assertSame(a, Distributions.of(type(30, 50, file.toString()), null, problems::add));
		Files.writeString(file, IES.formatted(2000));
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
		Distribution b = Distributions.of(type(30, 50, "spot.IES"), dir, problems::add); //$NON-NLS-1$
		assertNotSame(a, b);
		assertEquals(2000, b.peakCandela(), 1e-9);
		assertEquals(List.of(), problems);
	}

	@Test
	void aMissingOrBadFileIsReportedAndTheBeamAnglesUsed(@TempDir Path dir) throws Exception {
		Distribution missing = Distributions.of(type(30, 50, "nowhere.ldt"), dir, problems::add); //$NON-NLS-1$
		assertEquals(0.5, missing.relative(15, 0), 1e-9);
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).contains("nowhere.ldt"), problems.get(0)); //$NON-NLS-1$
		Files.writeString(dir.resolve("bad.ies"), IES.formatted(1000).replace("500 0", "500")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Distribution bad = Distributions.of(type(30, 50, "bad.ies"), dir, problems::add); //$NON-NLS-1$
		assertInstanceOf(BeamDistribution.class, bad);
		assertEquals("bad.ies line 7: expected 3 candela values, found 2", problems.get(1)); //$NON-NLS-1$
		Files.writeString(dir.resolve("lamp.txt"), "hello"); //$NON-NLS-1$ //$NON-NLS-2$
		Distributions.of(type(30, 50, "lamp.txt"), dir, problems::add); //$NON-NLS-1$
		assertEquals(3, problems.size());
		assertTrue(problems.get(2).contains("lamp.txt"), problems.get(2)); //$NON-NLS-1$
	}

	@Test
	void libraryFilesAreFoundByName() {
		Distribution d = Distributions.of(type(17, 26, "ellipsoidal-26.ies"), null, problems::add); //$NON-NLS-1$
		assertEquals(List.of(), problems);
		assertEquals(45000, assertInstanceOf(PhotometricData.class, d).peakCandela(), 1);
	}

	@Test
	void lambertianFollowsTheCosineOnTheFrontOnly() {
		assertEquals(1, Lambertian.INSTANCE.relative(0, 0), 1e-12);
		assertEquals(0.5, Lambertian.INSTANCE.relative(60, 45), 1e-12);
		assertEquals(0, Lambertian.INSTANCE.relative(90, 0), 1e-12);
		assertEquals(0, Lambertian.INSTANCE.relative(135, 0), 1e-12);
	}
}
