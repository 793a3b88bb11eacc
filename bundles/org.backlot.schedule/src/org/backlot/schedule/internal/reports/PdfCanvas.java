// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.backlot.core.api.AtomicFiles;
import org.backlot.core.pdf.PdfText;
import org.backlot.core.pdf.ReportFonts;

/** A PDF document drawn at absolute positions (origin top left) in a font that shows Chinese; saved atomically. */
final class PdfCanvas implements AutoCloseable {
	private final PDDocument doc = new PDDocument();
	private final PDRectangle size;
	private final PDFont font;
	private final PdfText pdf;
	private PDPageContentStream out;

	/** A document with pages of this size. */
	PdfCanvas(PDRectangle size) {
		this.size = size;
		this.font = ReportFonts.load(doc);
		this.pdf = new PdfText(font);
	}

	/** A landscape A4 or US Letter page size. */
	static PDRectangle landscape(boolean letter) {
		PDRectangle r = letter ? PDRectangle.LETTER : PDRectangle.A4;
		return new PDRectangle(r.getHeight(), r.getWidth());
	}

	float width() {
		return size.getWidth();
	}

	float height() {
		return size.getHeight();
	}

	void newPage() throws IOException {
		closePage();
		PDPage page = new PDPage(size);
		doc.addPage(page);
		out = new PDPageContentStream(doc, page);
	}

	/** Text with its top-left corner at (x, y). */
	void text(String text, float x, float y, float fontSize, Color colour) throws IOException {
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
	void centred(String text, float x, float y, float w, float h, float fontSize, Color colour) throws IOException {
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
	void fitted(String text, float x, float y, float w, float fontSize) throws IOException {
		String s = safe(text);
		if (width(s, fontSize) > w) {
			while (s.length() > 1 && width(s + "\u2026", fontSize) > w) { //$NON-NLS-1$
				s = s.substring(0, s.length() - 1);
			}
			s = safe(s + "\u2026"); //$NON-NLS-1$
		}
		text(s, x, y, fontSize, Color.BLACK);
	}

	void fill(float x, float y, float w, float h, Color colour) throws IOException {
		out.setNonStrokingColor(colour);
		out.addRect(x, size.getHeight() - y - h, w, h);
		out.fill();
	}

	void box(float x, float y, float w, float h, Color colour) throws IOException {
		out.setStrokingColor(colour);
		out.setLineWidth(0.4f);
		out.addRect(x, size.getHeight() - y - h, w, h);
		out.stroke();
	}

	/** Width of text in points. */
	float width(String text, float fontSize) throws IOException {
		return pdf.width(safe(text), fontSize);
	}

	/** Lines of text wrapped to a width (line breaks as spaces). */
	List<String> wrap(String text, float fontSize, float w) throws IOException {
		return pdf.wrap(safe(text), fontSize, w);
	}

	/** Saves the document atomically. */
	void save(Path file) throws IOException {
		closePage();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		doc.save(bytes);
		AtomicFiles.write(file, bytes.toByteArray());
	}

	@Override
	public void close() throws IOException {
		closePage();
		doc.close();
	}

	private void closePage() throws IOException {
		if (out != null) {
			out.close();
			out = null;
		}
	}

	private String safe(String s) {
		return pdf.safe(s).replace('\n', ' ');
	}
}
