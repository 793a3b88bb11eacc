// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text measured, cleaned and wrapped for one PDF font: what every Backlot report needs before it draws a string. */
public final class PdfText {
	private final PDFont font;

	/** Text in this font. */
	public PdfText(PDFont font) {
		this.font = font;
	}

	/** The font. */
	public PDFont font() {
		return font;
	}

	/** Width in points at a size. */
	public float width(String text, float size) throws IOException {
		return font.getStringWidth(safe(text)) / 1000 * size;
	}

	/** Draws one line (line breaks as spaces) with its baseline at (x, y) in PDF coordinates. */
	public void draw(PDPageContentStream out, String text, float x, float y, float size, Color colour) throws IOException {
		String s = safe(text).replace('\n', ' ');
		if (s.isEmpty()) {
			return;
		}
		out.beginText();
		out.setNonStrokingColor(colour == null ? Color.BLACK : colour);
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(s);
		out.endText();
	}

	/**
	 * The text as the font can show it: tabs as spaces, line breaks kept,
	 * characters it cannot encode as '?'; null as "".
	 */
	public String safe(String s) {
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder(s.length());
		s.replace('\t', ' ').codePoints().forEach(c -> {
			String ch = new String(Character.toChars(c));
			if (c == '\n') {
				b.append(ch);
				return;
			}
			try {
				font.encode(ch);
				b.append(ch);
			} catch (IOException | IllegalArgumentException e) {
				b.append('?');
			}
		});
		return b.toString();
	}

	/**
	 * The text in lines no wider than {@code width}: each line break starts a
	 * line; lines break at spaces, or between CJK characters, or inside a word
	 * too long for a line.
	 */
	public List<String> wrap(String text, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String para : safe(text).split("\n", -1)) { //$NON-NLS-1$
			StringBuilder line = new StringBuilder();
			int lastBreak = -1;
			for (int i = 0; i < para.length(); i++) {
				char c = para.charAt(i);
				line.append(c);
				if (c == ' ' || c >= 0x2e80) {
					lastBreak = line.length();
				}
				if (font.getStringWidth(line.toString()) / 1000 * size > width && line.length() > 1) {
					int cut = lastBreak > 0 && lastBreak < line.length() ? lastBreak : line.length() - 1;
					lines.add(line.substring(0, cut).stripTrailing());
					String rest = line.substring(cut).stripLeading();
					line.setLength(0);
					line.append(rest);
					lastBreak = -1;
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** As {@link #wrap(String, float, float)}, at most {@code max} lines, the last ending in "..." when the text was cut. */
	public List<String> wrap(String text, float size, float width, int max) throws IOException {
		List<String> lines = wrap(text, size, width);
		while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		if (lines.size() <= max) {
			return lines;
		}
		List<String> cut = new ArrayList<>(lines.subList(0, max));
		String last = cut.get(max - 1);
		while (!last.isEmpty() && width(last + "...", size) > width) { //$NON-NLS-1$
			last = last.substring(0, last.length() - 1);
		}
		cut.set(max - 1, last + "..."); //$NON-NLS-1$
		return cut;
	}
}
