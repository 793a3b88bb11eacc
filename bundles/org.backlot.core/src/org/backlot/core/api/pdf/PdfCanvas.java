// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A PDF document drawn at absolute positions (origin top left) in a font that shows Chinese; saved atomically. */
public final class PdfCanvas implements AutoCloseable {
	private final Pages document;
	private final PDRectangle size;
	private final PDFont font;
	private final PdfText pdf;
	private PDPageContentStream out;

	/** A document with pages of this size. */
	public PdfCanvas(PDRectangle size) {
		this.size = size;
		this.document = new Pages(size);
		this.font = document.font;
		this.pdf = new PdfText(font);
	}

	/** A landscape A4 or US Letter page size. */
	public static PDRectangle landscape(boolean letter) {
		PDRectangle r = letter ? PDRectangle.LETTER : PDRectangle.A4;
		return new PDRectangle(r.getHeight(), r.getWidth());
	}

	/** The page width in points. */
	public float width() {
		return size.getWidth();
	}

	/** The page height in points. */
	public float height() {
		return size.getHeight();
	}

	/** Starts a new page; drawing goes to it from now on. */
	public void newPage() throws IOException {
		out = document.newPage();
	}

	/** Text with its top-left corner at (x, y). */
	public void text(String text, float x, float y, float fontSize, Color colour) throws IOException {
		String s = safe(text);
		if (s.isEmpty()) {
			return;
		}
		out.beginText();
		out.setNonStrokingColor(colour == null ? Color.BLACK : colour);
		out.setFont(font, fontSize);
		out.newLineAtOffset(x, size.getHeight() - y - fontSize * 0.85f);
		out.showText(s);
		out.endText();
	}

	/** Text centred in a box, shrunk (down to 4 pt) and then cut to fit its width. */
	public void centred(String text, float x, float y, float w, float h, float fontSize, Color colour) throws IOException {
		String s = safe(text);
		float fs = fontSize;
		while (fs > 4 && width(s, fs) > w - 2) {
			fs -= 0.5f;
		}
		while (s.length() > 1 && width(s, fs) > w - 2) {
			s = s.substring(0, s.length() - 1);
		}
		text(s, x + (w - width(s, fs)) / 2, y + (h - fs) / 2, fs, colour);
	}

	/** Text cut with an ellipsis to fit a width. */
	public void fitted(String text, float x, float y, float w, float fontSize) throws IOException {
		String s = safe(text);
		if (width(s, fontSize) > w) {
			while (s.length() > 1 && width(s + "\u2026", fontSize) > w) { //$NON-NLS-1$
				s = s.substring(0, s.length() - 1);
			}
			s = safe(s + "\u2026"); //$NON-NLS-1$
		}
		text(s, x, y, fontSize, Color.BLACK);
	}

	/** A filled rectangle with its top-left corner at (x, y). */
	public void fill(float x, float y, float w, float h, Color colour) throws IOException {
		out.setNonStrokingColor(colour);
		out.addRect(x, size.getHeight() - y - h, w, h);
		out.fill();
	}

	/** A thin rectangle outline with its top-left corner at (x, y). */
	public void box(float x, float y, float w, float h, Color colour) throws IOException {
		out.setStrokingColor(colour);
		out.setLineWidth(0.4f);
		out.addRect(x, size.getHeight() - y - h, w, h);
		out.stroke();
	}

	/** A thin straight line from (x1, y1) to (x2, y2). */
	public void line(float x1, float y1, float x2, float y2, Color colour) throws IOException {
		out.setStrokingColor(colour == null ? Color.BLACK : colour);
		out.setLineWidth(0.4f);
		out.moveTo(x1, size.getHeight() - y1);
		out.lineTo(x2, size.getHeight() - y2);
		out.stroke();
	}

	/** Number of pages so far. */
	public int pages() {
		return document.count();
	}

	/** Width of text in points. */
	public float width(String text, float fontSize) throws IOException {
		return pdf.width(safe(text), fontSize);
	}

	/** Lines of text wrapped to a width (line breaks as spaces). */
	public List<String> wrap(String text, float fontSize, float w) throws IOException {
		return pdf.wrap(safe(text), fontSize, w);
	}

	/** Saves the document atomically. */
	public void save(Path file) throws IOException {
		document.save(file);
	}

	@Override
	public void close() throws IOException {
		document.close();
	}


	private String safe(String s) {
		return pdf.safe(s).replace('\n', ' ');
	}
}
