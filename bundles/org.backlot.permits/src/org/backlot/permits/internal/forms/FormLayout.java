// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.forms;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.backlot.core.api.pdf.PdfCanvas;

/**
 * A form flowing down portrait pages: section headings, label/value fields, tables whose header repeats on a new
 * page, and signature lines; every page numbered, later pages headed by a running title.
 */
final class FormLayout implements AutoCloseable {
	static final float BODY = 9.5f;
	private static final float MARGIN = 42;
	private static final float LABEL_W = 150;
	private static final float FOOTER = 18;
	private static final float PAD = 3;
	private static final Color GREY = new Color(100, 100, 100);
	private static final Color BAR = new Color(225, 230, 238);
	private static final Color HEAD = new Color(240, 240, 240);
	private final PdfCanvas pdf;
	private final String running;
	private final String pageLabel;
	private float y;

	/**
	 * @param letter    US Letter rather than A4
	 * @param running   the running title of pages after the first
	 * @param pageLabel the page number's label, with {0} for the number
	 */
	FormLayout(boolean letter, String running, String pageLabel) {
		this.pdf = new PdfCanvas(letter ? PDRectangle.LETTER : PDRectangle.A4);
		this.running = running;
		this.pageLabel = pageLabel;
	}

	/** The width between the margins. */
	float width() {
		return pdf.width() - 2 * MARGIN;
	}

	/** Wrapped text at the left margin (plus indent) in a size and colour. */
	void text(String text, float size, float indent, Color colour) throws IOException {
		for (String line : lines(text, size, width() - indent)) {
			ensure(line(size));
			pdf.text(line, MARGIN + indent, y, size, colour);
			y += line(size);
		}
	}

	/** A section heading on a shaded bar, kept with at least two lines of what follows. */
	void heading(String title) throws IOException {
		ensure(18 + 3 * line(BODY));
		gap(4);
		pdf.fill(MARGIN, y, width(), 16, BAR);
		pdf.text(title, MARGIN + 4, y + 3, 10.5f, Color.BLACK);
		y += 20;
	}

	/** A label on the left and its value wrapped beside it. */
	void field(String label, String value) throws IOException {
		List<String> labels = pdf.wrap(label, BODY - 0.5f, LABEL_W - 8);
		List<String> values = lines(value == null || value.isBlank() ? "\u2014" : value, BODY, width() - LABEL_W); //$NON-NLS-1$
		int n = Math.max(labels.size(), values.size());
		ensure(Math.min(n, 3) * line(BODY));
		for (int i = 0; i < n; i++) {
			ensure(line(BODY));
			if (i < labels.size()) {
				pdf.text(labels.get(i), MARGIN, y + 0.5f, BODY - 0.5f, GREY);
			}
			if (i < values.size()) {
				pdf.text(values.get(i), MARGIN + LABEL_W, y, BODY, Color.BLACK);
			}
			y += line(BODY);
		}
		y += 1.5f;
	}

	/** A table: columns as fractions of the width; each row's cells wrap; the header repeats after a page break. */
	void table(List<String> headers, float[] fractions, List<List<String>> rows) throws IOException {
		ensure(rowHeight(headers, fractions, BODY - 0.5f) + (rows.isEmpty() ? 0 : rowHeight(rows.get(0), fractions, BODY)));
		row(headers, fractions, BODY - 0.5f, HEAD);
		for (List<String> r : rows) {
			float h = rowHeight(r, fractions, BODY);
			if (y + h > limit()) {
				newPage();
				row(headers, fractions, BODY - 0.5f, HEAD);
			}
			row(r, fractions, BODY, null);
		}
		y += 4;
	}

	/** A signature line with its label, and a date line beside it. */
	void signature(String label, String dateLabel) throws IOException {
		ensure(42);
		y += 26;
		float w = width();
		pdf.line(MARGIN, y, MARGIN + w * 0.6f, y, Color.BLACK);
		pdf.line(MARGIN + w * 0.7f, y, MARGIN + w, y, Color.BLACK);
		pdf.text(label, MARGIN, y + 3, BODY - 1, GREY);
		pdf.text(dateLabel, MARGIN + w * 0.7f, y + 3, BODY - 1, GREY);
		y += 16;
	}

	/** Vertical space in points. */
	void gap(float points) {
		y += points;
	}

	/** Starts the first page. */
	void start() throws IOException {
		newPage();
	}

	/** Number of pages so far. */
	int pages() {
		return pdf.pages();
	}

	/** Saves the form atomically. */
	void save(Path out) throws IOException {
		pdf.save(out);
	}

	@Override
	public void close() throws IOException {
		pdf.close();
	}

	private void row(List<String> cells, float[] fractions, float size, Color fill) throws IOException {
		float h = rowHeight(cells, fractions, size);
		float x = MARGIN;
		for (int c = 0; c < fractions.length; c++) {
			float w = width() * fractions[c];
			if (fill != null) {
				pdf.fill(x, y, w, h, fill);
			}
			pdf.box(x, y, w, h, Color.GRAY);
			float ty = y + PAD;
			for (String line : lines(c < cells.size() ? cells.get(c) : "", size, w - 2 * PAD)) { //$NON-NLS-1$
				pdf.text(line, x + PAD, ty, size, Color.BLACK);
				ty += line(size);
			}
			x += w;
		}
		y += h;
	}

	private float rowHeight(List<String> cells, float[] fractions, float size) throws IOException {
		int lines = 1;
		for (int c = 0; c < fractions.length && c < cells.size(); c++) {
			lines = Math.max(lines, lines(cells.get(c), size, width() * fractions[c] - 2 * PAD).size());
		}
		return lines * line(size) + 2 * PAD;
	}

	/** Text wrapped to a width, each line break starting a new line. */
	private List<String> lines(String text, float size, float w) throws IOException {
		List<String> out = new ArrayList<>();
		for (String para : (text == null ? "" : text).split("\\R", -1)) { //$NON-NLS-1$ //$NON-NLS-2$
			out.addAll(pdf.wrap(para, size, w));
		}
		return out;
	}

	private void ensure(float height) throws IOException {
		if (y + height > limit()) {
			newPage();
		}
	}

	private float limit() {
		return pdf.height() - MARGIN - FOOTER;
	}

	private void newPage() throws IOException {
		pdf.newPage();
		int n = pdf.pages();
		String number = pageLabel.replace("{0}", Integer.toString(n)); //$NON-NLS-1$
		pdf.text(number, (pdf.width() - pdf.width(number, 8)) / 2, pdf.height() - MARGIN + 4, 8, GREY);
		y = MARGIN;
		if (n > 1) {
			pdf.fitted(running, MARGIN, y, width(), 8);
			pdf.line(MARGIN, y + 12, MARGIN + width(), y + 12, Color.LIGHT_GRAY);
			y += 20;
		}
	}

	private static float line(float size) {
		return size * 1.4f;
	}
}
