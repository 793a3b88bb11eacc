// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text in a PDF in one font: characters the font cannot show become '?', lines wrap at spaces or between CJK characters. */
public final class PdfText {
	private final PDFont font;

	/** Text in this font. */
	public PdfText(PDFont font) {
		this.font = font;
	}

	/** Width of a text in points. */
	public float width(String text, float size) throws IOException {
		return font.getStringWidth(safe(text)) / 1000 * size;
	}

	/** Draws a line with its baseline at (x, y). */
	public void draw(PDPageContentStream out, String text, float x, float y, float size, Color colour) throws IOException {
		String s = safe(text);
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

	/** The text cut into lines no wider than {@code width}; at most {@code max} lines, the last one ending in "..." when cut. */
	public List<String> wrap(String text, float size, float width, int max) throws IOException {
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
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
		}
		if (lines.size() > max) {
			List<String> cut = new ArrayList<>(lines.subList(0, max));
			String last = cut.get(max - 1);
			while (!last.isEmpty() && width(last + "...", size) > width) { //$NON-NLS-1$
				last = last.substring(0, last.length() - 1);
			}
			cut.set(max - 1, last + "..."); //$NON-NLS-1$
			return cut;
		}
		return lines;
	}

	/** The text with tabs as spaces and characters the font cannot encode replaced by '?'. */
	public String safe(String s) {
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder(s.length());
		s.replace('\t', ' ').replace("\r", "").codePoints().forEach(c -> { //$NON-NLS-1$ //$NON-NLS-2$
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
}
