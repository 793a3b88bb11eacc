// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.TitleEntry;

/**
 * Writes a script as a standard screenplay PDF (Apache PDFBox): US Letter,
 * Courier 12 at six lines an inch, the body from 1" below the top, laid out by
 * {@link ScreenplayPages}; a title page when the script has one (title, credit
 * and author centred, the other entries at the bottom left); page numbers at
 * the top right from page 2. Characters that Courier's Latin encoding lacks
 * (Chinese, for one) are printed as '?'. {@link PdfImporter} reads it back.
 */
public final class ScreenplayPdfWriter {
	/** Points an inch, and the line height of Courier 12. */
	private static final float INCH = 72f;
	private static final float LINE = 12f;
	/** Baseline of the first body line, in points from the top of the paper. */
	private static final float FIRST_BASELINE = INCH + LINE;
	/** Baseline of the page number, in points from the top of the paper. */
	private static final float NUMBER_BASELINE = 48f;
	private static final float SIZE = 12f;
	/** Title-page entries printed centred; the others go at the bottom left. */
	private static final Set<String> CENTRED = Set.of("title", "credit", "author", "authors", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"source"); //$NON-NLS-1$
	/** The line of the title page the title starts on. */
	private static final int TITLE_LINE = 18;
	/**
	 * PDFBox says which system font it would draw Courier with; the file names
	 * the standard font and readers use their own, so that is only noise.
	 */
	private static final Logger QUIET = quiet("org.apache.pdfbox.pdmodel.font"); //$NON-NLS-1$

	private final PDDocument document;
	private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
	private final Map<Character, Boolean> printable = new HashMap<>();
	/** Where the current text line starts (text moves are relative to it), in points. */
	private float lineX;
	private float lineY;

	private ScreenplayPdfWriter(PDDocument document) {
		this.document = document;
	}

	private static Logger quiet(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	/** Writes the script to the stream (which stays open). */
	public static void write(ParsedScript script, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			ScreenplayPdfWriter w = new ScreenplayPdfWriter(document);
			if (!script.titlePage().isEmpty()) {
				w.page(titlePage(script.titlePage()), null);
			}
			List<List<PageRow>> pages = ScreenplayPages.layout(script);
			for (int i = 0; i < pages.size(); i++) {
				w.page(pages.get(i), i == 0 ? null : (i + 1) + "."); //$NON-NLS-1$
			}
			String title = script.title("title"); //$NON-NLS-1$
			if (title != null) {
				document.getDocumentInformation().setTitle(title.replace('\n', ' '));
			}
			String author = script.title("author"); //$NON-NLS-1$
			if (author != null) {
				document.getDocumentInformation().setAuthor(author.replace('\n', ' '));
			}
			document.getDocumentInformation().setCreator("Backlot"); //$NON-NLS-1$
			document.save(out);
		}
	}

	private void page(List<PageRow> rows, String number) throws IOException {
		PDPage page = new PDPage(PDRectangle.LETTER);
		document.addPage(page);
		float top = page.getMediaBox().getHeight();
		try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
			cs.beginText();
			cs.setFont(font, SIZE);
			lineX = 0;
			lineY = 0;
			if (number != null) {
				show(cs, ScreenplayPages.RIGHT - number.length() * 0.1, top - NUMBER_BASELINE, number);
			}
			for (int line = 0; line < rows.size(); line++) {
				for (PageRow.Run run : rows.get(line).runs()) {
					show(cs, run.x(), top - FIRST_BASELINE - line * LINE, run.text());
				}
			}
			cs.endText();
		}
	}

	private void show(PDPageContentStream cs, double x, float y, String text) throws IOException {
		float px = (float) (x * INCH);
		cs.newLineAtOffset(px - lineX, y - lineY);
		lineX = px;
		lineY = y;
		cs.showText(printable(text));
	}

	/** The text with characters the font cannot show replaced by '?'. */
	private String printable(String text) {
		StringBuilder b = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok = c >= ' ' && c < 0x7f || printable.computeIfAbsent(c, this::encodable);
			if (!ok && b == null) {
				b = new StringBuilder(text.substring(0, i));
			}
			if (b != null) {
				b.append(ok ? c : c == '\t' ? ' ' : '?');
			}
		}
		return b == null ? text : b.toString();
	}

	private boolean encodable(char c) {
		if (Character.isISOControl(c) || Character.isSurrogate(c)) {
			return false;
		}
		try {
			font.encode(String.valueOf(c));
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

	/** The title page's rows: centred entries from a third of the way down, the others at the bottom left. */
	private static List<PageRow> titlePage(List<TitleEntry> entries) {
		List<PageRow> centred = new ArrayList<>();
		List<PageRow> side = new ArrayList<>();
		for (TitleEntry e : entries) {
			boolean centre = CENTRED.contains(e.key().toLowerCase(Locale.ROOT));
			List<PageRow> target = centre ? centred : side;
			if (!target.isEmpty()) {
				target.add(new PageRow(List.of()));
			}
			String value = e.key().equalsIgnoreCase("title") ? e.value().toUpperCase(Locale.ROOT) : e.value(); //$NON-NLS-1$
			for (String line : PageRow.wrap(value, ScreenplayPages.ACTION_WIDTH)) {
				target.add(centre ? PageRow.of(ScreenplayPages.ACTION + 3 - line.length() * 0.05, line)
						: PageRow.of(ScreenplayPages.ACTION, line));
			}
		}
		List<PageRow> rows = new ArrayList<>(ScreenplayPages.LINES);
		while (rows.size() < TITLE_LINE) {
			rows.add(new PageRow(List.of()));
		}
		rows.addAll(centred);
		while (rows.size() < ScreenplayPages.LINES - side.size()) {
			rows.add(new PageRow(List.of()));
		}
		rows.addAll(side);
		return rows.size() > ScreenplayPages.LINES ? rows.subList(0, ScreenplayPages.LINES) : rows;
	}
}
