// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporter;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.layout.LayoutClassifier;
import org.backlot.script.internal.layout.PageGeometry;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a screenplay from a PDF's text layer (Apache PDFBox): the printed lines
 * of each page with their positions go to {@link LayoutClassifier}; each element
 * keeps where it starts on the real pages (page index plus the fraction of the
 * body height above it, with 1" top and bottom margins).
 */
public final class PdfImporter implements ScriptImporter {
	/** The id this importer is registered under. */
	public static final String ID = "pdf"; //$NON-NLS-1$
	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	/** The PDF header may follow some junk; readers look this far. */
	private static final int HEADER_WINDOW = 1024;
	private static final double MARGIN_POINTS = 72;
	/** Action margin of a standard screenplay, in inches, when the pages show none. */
	private static final double STANDARD_MARGIN = 1.5;
	/**
	 * PDFBox reports each font it substitutes and each repair it makes; users get
	 * our own messages instead. Held here so that the logger settings stay.
	 */
	private static final java.util.logging.Logger[] QUIET = { quiet("org.apache.pdfbox"), quiet("org.apache.fontbox") }; //$NON-NLS-1$ //$NON-NLS-2$

	/** Creates the importer. */
	public PdfImporter() {
	}

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	@Override
	public int detect(ScriptSource source) {
		return header(source.bytes()) >= 0 ? 100 : 0;
	}

	@Override
	public ParsedScript read(ScriptSource source) throws ScriptFormatException {
		byte[] bytes = source.bytes();
		if (header(bytes) < 0) {
			throw new ScriptFormatException(NLS.bind(Messages.notPdf, source.name()));
		}
		PdfLines collector;
		int pages;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			pages = document.getNumberOfPages();
			if (pages == 0) {
				throw new ScriptFormatException(NLS.bind(Messages.noPages, source.name()));
			}
			collector = new PdfLines();
			collector.writeText(document, Writer.nullWriter());
		} catch (InvalidPasswordException e) {
			throw new ScriptFormatException(NLS.bind(Messages.encrypted, source.name()), e);
		} catch (IOException | RuntimeException e) {
			throw new ScriptFormatException(NLS.bind(Messages.corrupt, source.name(), String.valueOf(e.getMessage())), e);
		}
		if (collector.glyphCount() == 0) {
			throw new ScriptFormatException(NLS.bind(Messages.noText, source.name(), pages));
		}
		double usable = Math.max(MARGIN_POINTS, collector.pageHeight() - 2 * MARGIN_POINTS);
		PageGeometry geometry = new PageGeometry(collector.lineHeight(), MARGIN_POINTS, usable, STANDARD_MARGIN, true);
		LayoutClassifier.Layout layout = LayoutClassifier.classify(collector.lines(), geometry);
		ParsedScript script = new ParsedScript(ID);
		script.titlePage().addAll(layout.titlePage());
		script.elements().addAll(layout.elements());
		script.warnings().addAll(layout.warnings());
		script.setPageCount(Math.max(0, pages - layout.firstScriptPage()));
		return script;
	}

	/** Offset of "%PDF-" within the first kilobyte, or -1. */
	private static int header(byte[] b) {
		int limit = Math.min(b.length, HEADER_WINDOW) - MAGIC.length;
		outer: for (int i = 0; i <= limit; i++) {
			for (int k = 0; k < MAGIC.length; k++) {
				if (b[i + k] != MAGIC[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
