// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes simple text reports as PDF (breakdown sheets, element lists, call
 * sheets): titles, wrapped lines, label/value rows and coloured markers, with
 * page breaks, in a font that shows Chinese. Saved atomically.
 */
public final class ReportWriter implements AutoCloseable {
	private static final float MARGIN = 50;
	private final Pages document;
	private final PDRectangle size;
	private final PDFont font;
	private final PdfText text;
	private PDPageContentStream out;
	private float y;

	/** Starts a document in A4 (or US Letter when {@code letter}). */
	public ReportWriter(boolean letter) {
		size = letter ? PDRectangle.LETTER : PDRectangle.A4;
		document = new Pages(size);
		font = document.font;
		text = new PdfText(font);
	}

	/** Starts a new page. */
	public void newPage() throws IOException {
		out = document.newPage();
		y = size.getHeight() - MARGIN;
	}

	/** A line of text in the given size, wrapped to the page width; {@code indent} in points. */
	public void text(String text, float fontSize, float indent, Color colour) throws IOException {
		for (String line : this.text.wrap(text, fontSize, size.getWidth() - 2 * MARGIN - indent)) {
			ensure(fontSize * 1.4f);
			out.beginText();
			out.setNonStrokingColor(colour == null ? Color.BLACK : colour);
			out.setFont(font, fontSize);
			out.newLineAtOffset(MARGIN + indent, y - fontSize);
			out.showText(line);
			out.endText();
			y -= fontSize * 1.4f;
		}
	}

	/** A row with a coloured square, a bold-ish label and wrapped values. */
	public void labelled(Color marker, String label, String values, float fontSize) throws IOException {
		ensure(fontSize * 1.6f);
		if (marker != null) {
			out.setNonStrokingColor(marker);
			out.addRect(MARGIN, y - fontSize, fontSize * 0.8f, fontSize * 0.8f);
			out.fill();
		}
		float top = y;
		text(label, fontSize, fontSize * 1.2f, Color.DARK_GRAY);
		float afterLabel = y;
		y = top;
		float labelWidth = 150;
		for (String line : text.wrap(values, fontSize, size.getWidth() - 2 * MARGIN - labelWidth)) {
			ensure(fontSize * 1.4f);
			out.beginText();
			out.setNonStrokingColor(Color.BLACK);
			out.setFont(font, fontSize);
			out.newLineAtOffset(MARGIN + labelWidth, y - fontSize);
			out.showText(line);
			out.endText();
			y -= fontSize * 1.4f;
		}
		y = Math.min(y, afterLabel) - fontSize * 0.3f;
	}

	/** A horizontal rule. */
	public void rule() throws IOException {
		ensure(8);
		out.setStrokingColor(Color.LIGHT_GRAY);
		out.moveTo(MARGIN, y - 4);
		out.lineTo(size.getWidth() - MARGIN, y - 4);
		out.stroke();
		y -= 10;
	}

	/** Vertical space in points. */
	public void space(float points) {
		y -= points;
	}

	/** Number of pages so far. */
	public int pages() {
		return document.count();
	}

	/** Saves atomically. */
	public void save(Path file) throws IOException {
		document.save(file);
	}

	@Override
	public void close() throws IOException {
		document.close();
	}


	private void ensure(float height) throws IOException {
		if (out == null || y - height < MARGIN) {
			newPage();
		}
	}
}
