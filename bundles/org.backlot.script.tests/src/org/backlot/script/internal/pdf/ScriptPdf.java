// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs laid out like a screenplay on US Letter in Courier 12 (0.1"
 * a character, 12 points a line, body from 1" below the top): action at 1.5",
 * dialogue at 2.5", parentheticals at 3.1", cues at 3.7", right edge at 7.5",
 * page numbers at the top right.
 */
final class ScriptPdf {
	/** Body lines on a page (9" of 12-point lines). */
	static final int LINES = 54;

	/** Text to show: x in inches, baseline in points from the top, type size. */
	private record Text(double x, float baseline, String text, float size) {
	}

	private final List<List<Text>> pages = new ArrayList<>();
	private int line;

	ScriptPdf() {
		pages.add(new ArrayList<>());
	}

	/** Runs on the current line: x in inches, text, x, text...; then the next line. */
	ScriptPdf at(Object... xAndText) {
		for (int i = 0; i + 1 < xAndText.length; i += 2) {
			place(((Number) xAndText[i]).doubleValue(), 72 + 12 * line + 12, (String) xAndText[i + 1], 12);
		}
		line++;
		return this;
	}

	private void place(double x, float baseline, String text, float size) {
		pages.get(pages.size() - 1).add(new Text(x, baseline, text, size));
	}

	ScriptPdf action(String text) {
		return at(1.5, text);
	}

	ScriptPdf cue(String text) {
		return at(3.7, text);
	}

	ScriptPdf paren(String text) {
		return at(3.1, text);
	}

	ScriptPdf dialogue(String text) {
		return at(2.5, text);
	}

	ScriptPdf right(String text) {
		return at(7.5 - text.length() * 0.1, text);
	}

	ScriptPdf centre(String text) {
		return at(4.5 - text.length() * 0.05, text);
	}

	/** Centred text in a larger size, taking two lines. */
	ScriptPdf big(String text) {
		place(4.5 - text.length() * 0.1, 72 + 12 * line + 24, text, 24);
		line += 2;
		return this;
	}

	ScriptPdf blank() {
		line++;
		return this;
	}

	/** The page number at the top right, half an inch from the top. */
	ScriptPdf pageNumber(int n) {
		String text = n + ".";
		place(7.5 - text.length() * 0.1, 48, text, 12);
		return this;
	}

	ScriptPdf newPage() {
		pages.add(new ArrayList<>());
		line = 0;
		return this;
	}

	/** Lines used on the current page. */
	int line() {
		return line;
	}

	/** Pages so far. */
	int pageCount() {
		return pages.size();
	}

	byte[] bytes() throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
			for (List<Text> texts : pages) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				doc.addPage(page);
				float height = page.getMediaBox().getHeight();
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					for (Text t : texts) {
						cs.beginText();
						cs.setFont(courier, t.size());
						cs.newLineAtOffset((float) (t.x() * 72), height - t.baseline());
						cs.showText(t.text());
						cs.endText();
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}
}
