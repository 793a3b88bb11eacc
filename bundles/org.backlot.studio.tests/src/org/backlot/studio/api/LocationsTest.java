// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.backlot.core.api.ModelFiles;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locations library: lookups, base camp and power, survey panoramas beside the studio file, notes pinned in them. */
class LocationsTest {
	@TempDir
	Path dir;
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());

	@Test
	void findsLocationsByNameIdAndWords() {
		Studio s = SmallStudios.of(4);
		Location wharf = Locations.byName(s, " chaotianmen wharf ");
		assertNotNull(wharf);
		assertEquals(wharf, Locations.byName(s, "朝天门码头"));
		assertEquals(wharf, Locations.byId(s, wharf.getId()));
		assertNull(Locations.byName(s, "Nowhere"));
		assertTrue(Locations.search(s, "yuzhong car park").size() >= 2);
		assertEquals(List.of(wharf), Locations.search(s, "chaotianmen square"));
	}

	@Test
	void generatedLocationsHaveBaseCampPowerAndPins() {
		for (Location l : SmallStudios.of(4).getLocations()) {
			assertFalse(l.getBaseCamp() == null || l.getBaseCamp().isBlank(), l.getName());
			assertFalse(l.getPower() == null || l.getPower().isBlank(), l.getName());
			assertEquals(3, l.getPins().size(), l.getName());
			for (PanoramaPin pin : l.getPins()) {
				assertEquals(l.getPanoramas().get(0), pin.getPanorama());
				assertTrue(Math.abs(pin.getPitch()) <= 90 && pin.getYaw() >= -180 && pin.getYaw() <= 180);
			}
		}
	}

	@Test
	void pinsAreAddedMovedAndRemovedByUndoableCommandsAndSaved() throws Exception {
		Studio s = SmallStudios.of(5);
		Path file = dir.resolve("base.backlot-studio");
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(file.toString()));
		r.getContents().add(s);
		Location l = s.getLocations().get(0);
		String pano = l.getPanoramas().get(0);
		double[] at = Panoramas.direction(500, 120, 30, 5, 75, 800, 450);
		domain.getCommandStack().execute(Locations.pin(domain, l, pano, at[0] + 360, at[1], "Crane here 吊臂位置"));
		assertEquals(4, Locations.pins(l, pano).size());
		PanoramaPin pin = l.getPins().get(3);
		assertEquals(at[0], pin.getYaw(), 1e-9, "yaw wrapped into [-180, 180)");
		double[] shown = Panoramas.viewPoint(pin.getYaw(), pin.getPitch(), 30, 5, 75, 800, 450);
		assertEquals(500, shown[0], 1e-6, "the pin is drawn where it was dropped");
		assertEquals(120, shown[1], 1e-6);
		domain.getCommandStack().execute(Locations.move(domain, pin, 10, 120));
		assertEquals(90, pin.getPitch(), 1e-9, "pitch is clamped");
		domain.getCommandStack().undo();
		assertEquals(at[1], pin.getPitch(), 1e-9);
		ModelFiles.store().save(r);
		Studio loaded = (Studio) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
		PanoramaPin back = Locations.pins(loaded.getLocations().get(0), pano).get(3);
		assertEquals("Crane here 吊臂位置", back.getText());
		assertEquals(pin.getYaw(), back.getYaw(), 1e-12);
		assertEquals(pin.getPitch(), back.getPitch(), 1e-12);
		assertEquals(file.getParent().resolve(pano), Locations.panoramaFile(loaded.getLocations().get(0), pano));
		domain.getCommandStack().execute(Locations.unpin(domain, pin));
		assertEquals(3, l.getPins().size());
		domain.getCommandStack().undo();
		assertEquals(4, l.getPins().size());
	}

	@Test
	void theSampleWritesPanoramasOfItsLocationsOnly() throws Exception {
		Path file = Samples.ensure(dir);
		Production p = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
		List<Location> used = Locations.usedBy(p);
		assertEquals(8, used.size(), used.toString());
		for (Location l : used) {
			Path pano = Locations.panoramaFile(l, l.getPanoramas().get(0));
			assertTrue(Files.isRegularFile(pano), pano.toString());
			BufferedImage img = ImageIO.read(pano.toFile());
			assertEquals(1024, img.getWidth());
			assertEquals(512, img.getHeight());
			int horizonTick = img.getRGB(512, 256);
			assertTrue((horizonTick >> 16 & 255) > 150 && (horizonTick >> 8 & 255) < 100, "the red north mark at the centre of the horizon");
			assertTrue(Files.size(pano) < 300_000, pano + ": " + Files.size(pano));
		}
		Studio s = p.getStudio();
		long written = s.getLocations().stream().filter(l -> Files.exists(Locations.panoramaFile(l, l.getPanoramas().get(0)))).count();
		assertEquals(used.size(), written, "only the sample's locations get pictures");
	}
}
