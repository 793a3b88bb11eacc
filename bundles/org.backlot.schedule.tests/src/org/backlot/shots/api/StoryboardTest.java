// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.StoryboardFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frames copied into the assets folder beside the production file, drawings, and images that cannot be read. */
class StoryboardTest {
	@TempDir
	Path dir;
	private Production p;
	private Shot shot;
	private Path productionFile;

	@BeforeEach
	void production() {
		p = ProductionFactory.eINSTANCE.createProduction();
		p.setScript(ScriptFactory.eINSTANCE.createScript());
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setNumber("5");
		p.getScript().getScenes().add(s);
		shot = Shots.create(p, s, null);
		productionFile = dir.resolve("tea.backlot");
	}

	static BufferedImage picture(int w, int h, Color colour) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < w; x++) {
			for (int y = 0; y < h; y++) {
				img.setRGB(x, y, (x + y) % 2 == 0 ? colour.getRGB() : Color.WHITE.getRGB());
			}
		}
		return img;
	}

	@Test
	void importCopiesThePngBesideTheProduction() throws IOException {
		Path png = dir.resolve("in").resolve("sketch.png");
		Files.createDirectories(png.getParent());
		ImageIO.write(picture(16, 9, Color.RED), "png", png.toFile());
		StoryboardFrame f = Storyboard.addImage(p, shot, png, productionFile);
		assertEquals(1, shot.getFrames().size());
		assertTrue(f.getImagePath().startsWith("tea.assets/frames/"), f.getImagePath());
		assertTrue(f.getImagePath().endsWith(".png"));
		assertFalse(f.isRendered());
		Path stored = Storyboard.resolve(f, productionFile);
		assertEquals(dir.resolve("tea.assets").resolve("frames").toAbsolutePath(), stored.getParent());
		assertTrue(Files.isRegularFile(stored));
		assertEquals(Files.size(png), Files.size(stored), "copied as it is");
		BufferedImage back = Storyboard.read(f, productionFile);
		assertEquals(16, back.getWidth());
	}

	@Test
	void jpegKeepsItsFormat() throws IOException {
		Path jpg = dir.resolve("photo.jpeg");
		ImageIO.write(picture(20, 10, Color.BLUE), "jpg", jpg.toFile());
		StoryboardFrame f = Storyboard.addImage(p, shot, jpg, productionFile);
		assertTrue(f.getImagePath().endsWith(".jpg"), f.getImagePath());
		assertNotNull(Storyboard.read(f, productionFile));
	}

	@Test
	void unreadableImagesAreRefusedByName() throws IOException {
		Path text = dir.resolve("notes.png");
		Files.writeString(text, "not a picture");
		IOException e = assertThrows(IOException.class, () -> Storyboard.addImage(p, shot, text, productionFile));
		assertTrue(e.getMessage().contains("notes.png"), e.getMessage());
		IOException missing = assertThrows(IOException.class,
				() -> Storyboard.addImage(p, shot, dir.resolve("gone.png"), productionFile));
		assertTrue(missing.getMessage().contains("gone.png"), missing.getMessage());
		assertTrue(shot.getFrames().isEmpty());
		assertFalse(Files.exists(dir.resolve("tea.assets").resolve("frames")) && Files.list(dir.resolve("tea.assets").resolve("frames")).findAny().isPresent());
	}

	@Test
	void drawingsAndRendersAreStoredAsPng() throws IOException {
		StoryboardFrame d = Storyboard.addDrawing(p, shot, picture(40, 30, Color.BLACK), productionFile);
		StoryboardFrame r = Storyboard.addRendered(p, shot, picture(40, 30, Color.GREEN), productionFile);
		assertFalse(d.isRendered());
		assertTrue(r.isRendered());
		assertEquals(2, shot.getFrames().size());
		assertEquals(30, Storyboard.read(d, productionFile).getHeight());
		assertTrue(Files.isRegularFile(Storyboard.resolve(r, productionFile)));
		assertThrows(IOException.class, () -> Storyboard.addDrawing(p, shot, picture(4, 4, Color.BLACK), null));
	}
}
