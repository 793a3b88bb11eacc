// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.view;
import static org.backlot.ui.testing.WorkbenchTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.studio.api.Locations;
import org.backlot.studio.ui.internal.SampleTestCase;
import org.backlot.studio.ui.internal.StudioUi;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;

/** The preview on the sample: a location's survey panorama is rendered and turned, a note pinned in it is one command Undo takes back; an item without a photo shows the placeholder. */
class PreviewViewTest extends SampleTestCase {
	@Test
	void thePanoramaRendersAndAPinIsAddedUndoably() throws Exception {
		ProductionDocument doc = openSample();
		Location l = Locations.usedBy(doc.production()).stream().filter(x -> !x.getPanoramas().isEmpty())
				.filter(x -> Files.isRegularFile(Locations.panoramaFile(x, x.getPanoramas().get(0)))).findFirst()
				.orElseThrow(() -> new AssertionError("a location of the sample with its panorama written"));
		PreviewView view = view(StudioUi.PREVIEW_VIEW, PreviewView.class);
		view.show(l);
		LocationPane pane = view.locationPane();
		assertTrue(waitUntil(() -> !pane.loading(), 30), "the panorama loads");
		assertEquals(l.getPanoramas().get(0), pane.panorama());
		PanoramaCanvas canvas = pane.canvas();
		canvas.renderNow();
		BufferedImage frame = canvas.frame();
		assertNotNull(frame, "a frame is rendered");
		assertTrue(colours(frame) > 20, "the frame shows a picture, not a blank");
		int before = frame.getRGB(frame.getWidth() / 2, frame.getHeight() / 3);
		canvas.lookAt(120, 10);
		canvas.renderNow();
		assertEquals(120, canvas.view()[0], 1e-9);
		assertTrue(frame.getRGB(frame.getWidth() / 2, frame.getHeight() / 3) != before || colours(canvas.frame()) > 20, "turning renders again");
		double[] d = canvas.directionAt(canvas.control().getClientArea().width / 2, canvas.control().getClientArea().height / 2);
		assertEquals(120, d[0], 1, "the middle of the view looks where the view looks");

		int pins = l.getPins().size();
		CommandStack stack = doc.domain().getCommandStack();
		Command undo = stack.getUndoCommand();
		assertTrue(pane.pin(d[0], d[1], "Generator truck here"), "pinning runs");
		assertNotSame(undo, stack.getUndoCommand(), "one command on the production's stack");
		assertEquals(pins + 1, l.getPins().size());
		PanoramaPin pin = l.getPins().get(l.getPins().size() - 1);
		assertEquals("Generator truck here", pin.getText());
		assertEquals(pane.panorama(), pin.getPanorama());
		drain();
		assertTrue(((java.util.List<?>) pane.pins().viewer().getInput()).contains(pin), "the note is listed beside the panorama");
		stack.undo();
		drain();
		assertEquals(pins, l.getPins().size(), "undo removes the note");
		assertSame(undo, stack.getUndoCommand());
		assertFalse(((java.util.List<?>) pane.pins().viewer().getInput()).contains(pin));
	}

	@Test
	void aPhotoBesideTheStudioIsShownAndAMissingOneGivesThePlaceholder() throws Exception {
		ProductionDocument doc = openSample();
		java.util.List<InventoryItem> items = doc.production().getStudio().getInventory().stream()
				.filter(i -> i.getPhotoPath() != null && !i.getPhotoPath().isBlank()).limit(2).toList();
		assertEquals(2, items.size(), "the sample's items name their photos");
		PreviewView view = view(StudioUi.PREVIEW_VIEW, PreviewView.class);
		InventoryItem missing = items.get(0);
		assertFalse(Files.exists(StudioPaths.resolve(missing, missing.getPhotoPath())), "the sample ships no photos");
		view.show(missing);
		drain();
		assertSame(missing, view.shown());
		assertFalse(view.photo().hasPhoto(), "the placeholder is drawn");
		InventoryItem pictured = items.get(1);
		java.nio.file.Path file = StudioPaths.resolve(pictured, pictured.getPhotoPath());
		assertTrue(file.startsWith(dir), "photos are beside the studio file: " + file);
		Files.createDirectories(file.getParent());
		BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		img.setRGB(5, 5, 0xff0000);
		javax.imageio.ImageIO.write(img, "png", file.toFile());
		view.show(pictured);
		drain();
		assertTrue(view.photo().hasPhoto(), "the photo is shown");
	}

	private static int colours(BufferedImage img) {
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < img.getHeight(); y += 7) {
			for (int x = 0; x < img.getWidth(); x += 7) {
				seen.add(img.getRGB(x, y));
			}
		}
		return seen.size();
	}
}
