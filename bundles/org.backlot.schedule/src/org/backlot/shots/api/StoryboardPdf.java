// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backlot.core.api.AtomicFiles;
import org.backlot.core.api.pdf.PdfText;
import org.backlot.core.api.pdf.ReportFonts;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The storyboard as a PDF: portrait A4 or Letter, six frames a page (two columns, three rows), each with its
 * shot's number, size, angle, movement, lens, set-up, description and minutes; a new page for each scene.
 */
public final class StoryboardPdf {
	private static final float MARGIN = 36;
	private static final float HEADER = 44;
	private static final float FOOTER = 24;
	private static final float GAP = 12;
	private static final int COLUMNS = 2;
	private static final int ROWS = 3;
	private static final int MAX_IMAGE_PX = 900;
	private static final Color GREY = new Color(110, 110, 110);

	private StoryboardPdf() {
	}

	/** One cell of the grid: a shot and one of its frames (null: the shot has none). */
	private record Cell(Shot shot, StoryboardFrame frame, int index, int count) {
	}

	/** Writes the storyboard of the shots (in the order given) to {@code out}, atomically. */
	public static void write(Production p, List<Shot> shots, Path productionFile, Path out, boolean letter) throws IOException {
		PDRectangle size = letter ? PDRectangle.LETTER : PDRectangle.A4;
		try (PDDocument doc = new PDDocument()) {
			PdfText text = new PdfText(ReportFonts.load(doc));
			List<List<Cell>> pages = pages(shots);
			for (List<Cell> cells : pages) {
				PDPage page = new PDPage(size);
				doc.addPage(page);
				try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
					header(c, text, size, p, cells.isEmpty() ? null : cells.get(0).shot().getScene());
					for (int i = 0; i < cells.size(); i++) {
						cell(doc, c, text, size, i, cells.get(i), productionFile);
					}
					String footer = NLS.bind(Messages.pdfPage, doc.getNumberOfPages(), pages.size());
					text.draw(c, footer, (size.getWidth() - text.width(footer, 8)) / 2, MARGIN / 2 + 4, 8, GREY);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			doc.save(bytes);
			AtomicFiles.write(out, bytes.toByteArray());
		}
	}

	/** Cells six to a page, a new page at each scene; one empty page when there are no shots. */
	private static List<List<Cell>> pages(List<Shot> shots) {
		List<List<Cell>> pages = new ArrayList<>();
		List<Cell> page = new ArrayList<>();
		Scene scene = null;
		for (Shot s : shots) {
			if (!page.isEmpty() && s.getScene() != scene) {
				pages.add(page);
				page = new ArrayList<>();
			}
			scene = s.getScene();
			int count = Math.max(1, s.getFrames().size());
			for (int i = 0; i < count; i++) {
				if (page.size() == COLUMNS * ROWS) {
					pages.add(page);
					page = new ArrayList<>();
				}
				page.add(new Cell(s, s.getFrames().isEmpty() ? null : s.getFrames().get(i), i, count));
			}
		}
		pages.add(page);
		return pages;
	}

	private static void header(PDPageContentStream c, PdfText text, PDRectangle size, Production p, Scene scene) throws IOException {
		float top = size.getHeight() - MARGIN;
		String title = p == null || p.getTitle() == null ? "" : p.getTitle(); //$NON-NLS-1$
		text.draw(c, title, MARGIN, top - 14, 14, Color.BLACK);
		String kind = Messages.pdfStoryboard;
		text.draw(c, kind, size.getWidth() - MARGIN - text.width(kind, 10), top - 12, 10, GREY);
		if (scene != null) {
			String heading = NLS.bind(Messages.pdfScene, scene.getNumber(), scene.getHeading() == null ? "" : scene.getHeading()); //$NON-NLS-1$
			text.draw(c, heading, MARGIN, top - 32, 10, Color.BLACK);
		}
		c.setStrokingColor(GREY);
		c.setLineWidth(0.5f);
		c.moveTo(MARGIN, top - HEADER + 4);
		c.lineTo(size.getWidth() - MARGIN, top - HEADER + 4);
		c.stroke();
	}

	private static void cell(PDDocument doc, PDPageContentStream c, PdfText text, PDRectangle size, int i, Cell cell,
			Path productionFile) throws IOException {
		float cellW = (size.getWidth() - 2 * MARGIN - GAP * (COLUMNS - 1)) / COLUMNS;
		float cellH = (size.getHeight() - 2 * MARGIN - HEADER - FOOTER - GAP * (ROWS - 1)) / ROWS;
		float x = MARGIN + (i % COLUMNS) * (cellW + GAP);
		float top = size.getHeight() - MARGIN - HEADER - (i / COLUMNS) * (cellH + GAP);
		float boxH = cellW * 9 / 16;
		float boxY = top - boxH;
		c.setStrokingColor(Color.DARK_GRAY);
		c.setLineWidth(0.75f);
		c.addRect(x, boxY, cellW, boxH);
		c.stroke();
		image(doc, c, text, cell.frame(), productionFile, x, boxY, cellW, boxH);
		Shot s = cell.shot();
		float y = boxY - 13;
		String number = s.getNumber() == null ? "" : s.getNumber(); //$NON-NLS-1$
		if (cell.count() > 1) {
			number = NLS.bind(Messages.pdfFrameOf, new Object[] { number, cell.index() + 1, cell.count() });
		}
		text.draw(c, number, x, y, 11, Color.BLACK);
		String kind = ShotLabels.kind(s);
		text.draw(c, kind, x + cellW - text.width(kind, 9), y, 9, Color.BLACK);
		y -= 12;
		text.draw(c, ShotLabels.lensAndSetup(s), x, y, 8, GREY);
		y -= 11;
		float bottom = top - cellH + 12;
		int lines = Math.max(1, (int) ((y - bottom) / 10));
		for (String line : text.wrap(s.getDescription(), 8.5f, cellW, lines)) {
			text.draw(c, line, x, y, 8.5f, Color.BLACK);
			y -= 10;
		}
		text.draw(c, ShotLabels.minutes(s), x, top - cellH + 2, 8, GREY);
	}

	private static void image(PDDocument doc, PDPageContentStream c, PdfText text, StoryboardFrame frame, Path productionFile,
			float x, float y, float w, float h) throws IOException {
		String note;
		if (frame == null || frame.getImagePath() == null || frame.getImagePath().isBlank()) {
			note = Messages.pdfNoImage;
		} else {
			Path file = Storyboard.resolve(frame, productionFile);
			BufferedImage img = file != null && Files.isReadable(file) ? Storyboard.read(frame, productionFile) : null;
			if (img != null) {
				BufferedImage rgb = flatten(img);
				PDImageXObject x0 = JPEGFactory.createFromImage(doc, rgb, 0.85f);
				float scale = Math.min((w - 4) / rgb.getWidth(), (h - 4) / rgb.getHeight());
				float iw = rgb.getWidth() * scale;
				float ih = rgb.getHeight() * scale;
				c.drawImage(x0, x + (w - iw) / 2, y + (h - ih) / 2, iw, ih);
				return;
			}
			note = NLS.bind(Messages.pdfMissing, Path.of(frame.getImagePath()).getFileName());
		}
		text.draw(c, note, x + (w - text.width(note, 9)) / 2, y + h / 2 - 3, 9, GREY);
	}

	/** The image on white, without alpha, at most {@value #MAX_IMAGE_PX} pixels on its longer side. */
	private static BufferedImage flatten(BufferedImage img) {
		double scale = Math.min(1, (double) MAX_IMAGE_PX / Math.max(img.getWidth(), img.getHeight()));
		int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
		BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.drawImage(img, 0, 0, w, h, null);
		g.dispose();
		return rgb;
	}
}
