// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Finds a font for reports that covers Chinese and Latin text: a TrueType font
 * with CJK glyphs from the system (WenQuanYi Micro Hei, Droid Sans Fallback),
 * embedded as a subset. Without one, Helvetica is used and characters it cannot
 * show are replaced (the report says so).
 */
public final class ReportFonts {
	private static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", //$NON-NLS-1$
			"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", //$NON-NLS-1$
			"/usr/share/fonts/truetype/arphic/uming.ttc", //$NON-NLS-1$
			"C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simsun.ttc", //$NON-NLS-1$ //$NON-NLS-2$
			"/System/Library/Fonts/Supplemental/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"); //$NON-NLS-1$ //$NON-NLS-2$

	private ReportFonts() {
	}

	/** The best font for a document; never null. */
	public static PDFont load(PDDocument doc) {
		String override = System.getProperty("backlot.reportFont"); //$NON-NLS-1$
		if (override != null) {
			PDFont f = tryLoad(doc, Path.of(override));
			if (f != null) {
				return f;
			}
		}
		for (String c : CANDIDATES) {
			PDFont f = tryLoad(doc, Path.of(c));
			if (f != null) {
				return f;
			}
		}
		return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	}

	private static PDFont tryLoad(PDDocument doc, Path file) {
		if (!Files.isReadable(file)) {
			return null;
		}
		try {
			if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
				TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
				TrueTypeFont[] first = new TrueTypeFont[1];
				ttc.processAllFonts(f -> {
					if (first[0] == null) {
						first[0] = f;
					}
				});
				return first[0] == null ? null : PDType0Font.load(doc, first[0], true);
			}
			return PDType0Font.load(doc, file.toFile());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
