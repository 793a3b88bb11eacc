// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backlot.lighting.internal.library.JsonFixtureLibrary;
import org.backlot.lighting.internal.photometry.PhotometricData;
import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.junit.jupiter.api.Test;

/** Backlot's own fixture library: it loads, its figures are sane and its photometric files agree with them. */
class FixtureLibrariesTest {
	@Test
	void theBuiltInLibraryLoadsWithoutWarnings() {
		FixtureLibrary lib = FixtureLibraries.builtIn();
		assertEquals(FixtureLibraries.BUILT_IN_ID, lib.id());
		assertFalse(lib.name().isBlank());
		assertEquals(List.of(), ((JsonFixtureLibrary) lib).warnings());
		assertTrue(lib.types().size() >= 30, () -> lib.types().size() + " types"); //$NON-NLS-1$
		assertTrue(FixtureLibraries.all().stream().anyMatch(l -> l.id().equals(FixtureLibraries.BUILT_IN_ID)));
	}

	@Test
	void everyTypeHasPositiveCandelaAndPowerAndABeamInsideItsField() {
		Set<String> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (FixtureType t : FixtureLibraries.builtIn().types()) {
			assertTrue(t.getCandela() > 0, t.getName());
			assertTrue(t.getPowerW() > 0, t.getName());
			assertTrue(t.getLumens() > 0, t.getName());
			assertTrue(t.getBeamAngle() > 0 && t.getBeamAngle() < t.getFieldAngle(), t.getName());
			assertTrue(t.getCct() >= 2000 && t.getCct() <= 6500, t.getName());
			assertTrue(t.getId().startsWith(FixtureLibraries.BUILT_IN_ID + '/'), t.getId());
			assertTrue(ids.add(t.getId()), t.getId());
			assertTrue(names.add(t.getName()), t.getName());
			if (t.getKind() == FixtureKind.FRESNEL_TUNGSTEN || t.getKind() == FixtureKind.PRACTICAL) {
				assertEquals(DimmerCurve.SQUARE, t.getDimmerCurve(), t.getName());
			}
			if (t.getKind() == FixtureKind.LED_PANEL || t.getKind() == FixtureKind.LED_TUBE) {
				assertEquals(DimmerCurve.LINEAR, t.getDimmerCurve(), t.getName());
				assertTrue(t.getSoftWidthM() > 0 && t.getSoftHeightM() > 0, t.getName());
			}
		}
	}

	@Test
	void theLibraryCoversTheUsualRanges() {
		List<String> names = new ArrayList<>();
		FixtureLibraries.builtIn().types().forEach(t -> names.add(t.getName()));
		for (String n : new String[] { "Tungsten Fresnel 300 W", "Tungsten Fresnel 20 kW", "HMI Fresnel 200 W", "HMI Fresnel 18 kW", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"Ellipsoidal 750 W 19\u00b0", "Ellipsoidal 750 W 50\u00b0", "Practical lamp 40 W", "Practical lamp 100 W", "LED tube 0.6 m" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			assertTrue(names.contains(n), n);
		}
		for (FixtureKind k : FixtureKind.values()) {
			if (k != FixtureKind.LED_VOLUME) {
				assertTrue(FixtureLibraries.builtIn().types().stream().anyMatch(t -> t.getKind() == k), k.getName());
			}
		}
	}

	@Test
	void typesAreNewDetachedCopies() {
		FixtureType a = FixtureLibraries.builtIn().types().get(0);
		FixtureType b = FixtureLibraries.builtIn().types().get(0);
		assertNotSame(a, b);
		assertEquals(a.getId(), b.getId());
		assertNull(a.eContainer());
		a.setCandela(1);
		assertTrue(FixtureLibraries.builtIn().types().get(0).getCandela() > 1);
	}

	@Test
	void photometricFilesAgreeWithTheirTypes() {
		int withFiles = 0;
		for (FixtureType t : FixtureLibraries.builtIn().types()) {
			if (t.getPhotometricFile() == null) {
				continue;
			}
			withFiles++;
			List<String> problems = new ArrayList<>();
			Distribution d = Distributions.of(t, null, problems::add);
			assertEquals(List.of(), problems);
			PhotometricData p = (PhotometricData) d;
			assertEquals(t.getCandela(), p.peakCandela(), t.getCandela() * 0.01, t.getName());
			assertEquals(t.getBeamAngle(), p.beamAngle(), 1, t.getName());
			assertEquals(t.getFieldAngle(), p.fieldAngle(), 1, t.getName());
			assertEquals(t.getLumens(), p.totalLumens(), t.getLumens() * 0.05, t.getName());
		}
		assertEquals(2, withFiles);
	}
}
