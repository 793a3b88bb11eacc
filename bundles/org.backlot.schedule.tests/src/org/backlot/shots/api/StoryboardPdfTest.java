// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.internal.Messages;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storyboard PDF of the sample's scene 3: its shots and descriptions, A4 and Letter, frames with and without images. */
class StoryboardPdfTest {
	private static Production sample;

	@TempDir
	Path dir;

	@BeforeAll
	static void build() {
		sample = SampleProduction.create(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
	}

	private static Scene scene(Production p, String number) {
		return p.getScript().getScenes().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	@Test
	void shotsAndDescriptionsOnA4AndLetter() throws IOException {
		Production p = EcoreUtil.copy(sample);
		Path file = dir.resolve("tea.backlot");
		List<Shot> shots = Shots.of(p, scene(p, "3"));
		Path png = dir.resolve("frame.png");
		ImageIO.write(StoryboardTest.picture(64, 36, Color.ORANGE), "png", png.toFile());
		Storyboard.addImage(p, shots.get(0), png, file);
		StoryboardFrame lost = ShotsFactory.eINSTANCE.createStoryboardFrame();
		lost.setImagePath("tea.assets/frames/vanished.png");
		shots.get(1).getFrames().add(lost);

		Path a4 = dir.resolve("a4.pdf");
		StoryboardPdf.write(p, shots, file, a4, false);
		try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
			assertEquals(1, doc.getNumberOfPages());
			PDRectangle box = doc.getPage(0).getMediaBox();
			assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
			assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
			assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the imported frame is drawn");
			String text = new PDFTextStripper().getText(doc);
			for (String n : List.of("3A", "3B", "3C", "3D")) {
				assertTrue(text.contains(n), n);
			}
			assertTrue(text.contains("Old He strikes the gavel."), text);
			assertTrue(text.contains(NLS.bind(Messages.pdfMissing, "vanished.png")), text);
			assertTrue(text.contains(Messages.pdfNoImage), text);
			assertTrue(text.contains(p.getTitle()), text);
		}
		Path letter = dir.resolve("letter.pdf");
		StoryboardPdf.write(p, shots, file, letter, true);
		try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
			assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5);
			assertEquals(PDRectangle.LETTER.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 0.5);
		}
	}

	@Test
	void sevenFramesTakeTwoPagesAndEachSceneStartsAPage() throws IOException {
		Production p = EcoreUtil.copy(sample);
		Scene three = scene(p, "3");
		for (int i = 0; i < 3; i++) {
			Shots.create(p, three, null).setDescription("Extra shot " + i);
		}
		List<Shot> shots = new ArrayList<>(Shots.of(p, three));
		shots.addAll(Shots.of(p, scene(p, "12")));
		Path out = dir.resolve("two.pdf");
		StoryboardPdf.write(p, shots, dir.resolve("tea.backlot"), out, false);
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertEquals(3, doc.getNumberOfPages(), "7 shots of scene 3 on two pages, scene 12 on a third");
			PDFTextStripper last = new PDFTextStripper();
			last.setStartPage(3);
			last.setEndPage(3);
			String text = last.getText(doc);
			assertTrue(text.contains("12A") && text.contains("12B"), text);
			assertFalse(text.contains("3A"), text);
			assertTrue(text.contains(NLS.bind(Messages.pdfPage, 3, 3)), text);
		}
		assertTrue(Files.size(out) > 0);
	}
}
