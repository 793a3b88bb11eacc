// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.backlot.core.api.AtomicFiles;

/** A PDF drawn page by page in one size with Backlot's report font: the document lifecycle of the canvas and the report writer. */
final class Pages implements AutoCloseable {
	private final PDDocument doc = new PDDocument();
	final PDRectangle size;
	final PDFont font;
	private PDPageContentStream out;

	Pages(PDRectangle size) {
		this.size = size;
		this.font = ReportFonts.load(doc);
	}

	/** Ends the current page and starts a new one; returns the stream that draws on it. */
	PDPageContentStream newPage() throws IOException {
		closePage();
		PDPage page = new PDPage(size);
		doc.addPage(page);
		out = new PDPageContentStream(doc, page);
		return out;
	}

	/** Number of pages so far. */
	int count() {
		return doc.getNumberOfPages();
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
}
