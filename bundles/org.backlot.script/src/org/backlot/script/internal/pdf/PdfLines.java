// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.backlot.script.internal.layout.LayoutLine;

/**
 * Collects the glyphs of each page as PDFBox shows them and groups them into
 * printed lines with their x in inches and y in points from the top of the
 * page; a gap of about three characters or more splits a line into runs. The
 * text stripper's own line building is skipped.
 */
final class PdfLines extends PDFTextStripper {
	private static final float POINTS_PER_INCH = 72f;
	/** Smallest gap that splits runs, in points (three Courier 12 characters). */
	private static final float RUN_GAP = 20f;
	private final List<TextPosition> glyphs = new ArrayList<>();
	private final List<LayoutLine> lines = new ArrayList<>();
	private final Map<Integer, Integer> spacings = new HashMap<>();
	private final Map<Integer, Integer> sizes = new HashMap<>();
	private float pageHeight;
	private int glyphCount;

	PdfLines() throws IOException {
		super();
		setSortByPosition(false);
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		glyphs.clear();
		if (pageHeight == 0) {
			PDRectangle box = page.getCropBox();
			pageHeight = box == null ? 792f : box.getHeight();
		}
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		if (printable(text.getUnicode())) {
			glyphs.add(text);
		}
	}

	@Override
	protected void writePage() throws IOException {
		int page = getCurrentPageNo() - 1;
		glyphCount += glyphs.size();
		glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
		List<TextPosition> line = new ArrayList<>();
		float lineY = Float.NaN;
		float previousY = Float.NaN;
		for (TextPosition g : glyphs) {
			float y = g.getYDirAdj();
			if (!line.isEmpty() && Math.abs(y - lineY) > Math.max(2f, 0.3f * size(g))) {
				previousY = emit(page, line, previousY);
				line.clear();
			}
			if (line.isEmpty()) {
				lineY = y;
			}
			line.add(g);
		}
		if (!line.isEmpty()) {
			emit(page, line, previousY);
		}
		glyphs.clear();
	}

	private float emit(int page, List<TextPosition> line, float previousY) {
		line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
		List<LayoutLine.Segment> segments = new ArrayList<>(2);
		StringBuilder text = new StringBuilder();
		float segLeft = 0;
		float end = 0;
		float baseline = 0;
		float size = 0;
		TextPosition previous = null;
		for (TextPosition g : line) {
			float x = g.getXDirAdj();
			float unit = 0.6f * size(g);
			if (previous != null) {
				if (g.getUnicode().equals(previous.getUnicode()) && Math.abs(x - previous.getXDirAdj()) < 0.3f * unit) {
					continue; // overprinted (fake bold)
				}
				float gap = x - end;
				if (gap >= Math.max(RUN_GAP, 2.5f * unit)) {
					segments.add(segment(text, segLeft, end));
					text.setLength(0);
				} else if (gap > 0.3f * unit) {
					text.repeat(' ', Math.max(1, Math.round(gap / unit)));
				}
			}
			if (text.isEmpty()) {
				segLeft = x;
			}
			text.append(g.getUnicode());
			end = Math.max(end, x + g.getWidthDirAdj());
			baseline = Math.max(baseline, g.getYDirAdj());
			size = Math.max(size, size(g));
			previous = g;
		}
		segments.add(segment(text, segLeft, end));
		float top = baseline - size;
		lines.add(new LayoutLine(page, top, size, segments));
		sizes.merge(Math.round(size * 2), 1, Integer::sum);
		if (!Float.isNaN(previousY) && top > previousY) {
			spacings.merge(Math.round((top - previousY) * 2), 1, Integer::sum);
		}
		return top;
	}

	/** True when the glyph maps to a visible character (fonts without a Unicode map give NUL). */
	private static boolean printable(String u) {
		if (u == null) {
			return false;
		}
		for (int i = 0; i < u.length(); i++) {
			char c = u.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isISOControl(c) && c != '\ufffd') {
				return true;
			}
		}
		return false;
	}

	private static LayoutLine.Segment segment(StringBuilder text, float left, float right) {
		return new LayoutLine.Segment(text.toString().strip(), left / POINTS_PER_INCH, right / POINTS_PER_INCH);
	}

	private static float size(TextPosition g) {
		float s = g.getFontSizeInPt();
		if (s < 1f) {
			s = g.getHeightDir() > 0 ? g.getHeightDir() * 1.4f : 12f;
		}
		return s;
	}

	private static int mode(Map<Integer, Integer> counts, int fallback) {
		int best = fallback;
		int bestCount = 0;
		for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
			if (e.getValue() > bestCount) {
				best = e.getKey();
				bestCount = e.getValue();
			}
		}
		return best;
	}

	/** The lines of every page read. */
	List<LayoutLine> lines() {
		return lines;
	}

	/** Glyphs that are not white space, over every page. */
	int glyphCount() {
		return glyphCount;
	}

	/** Height of the first page, in points. */
	float pageHeight() {
		return pageHeight == 0 ? 792f : pageHeight;
	}

	/**
	 * The distance between two lines of body text, in points: the smallest
	 * spacing seen often (blank lines make twice that spacing just as common),
	 * at most 1.2 times the commonest type size (a page may have no two lines
	 * in a row); 12 when unknown.
	 */
	double lineHeight() {
		return Math.min(spacing(), 1.2 * mode(sizes, 24) / 2.0);
	}

	private double spacing() {
		int most = 0;
		for (Map.Entry<Integer, Integer> e : spacings.entrySet()) {
			if (e.getKey() >= 8 && e.getKey() <= 80) {
				most = Math.max(most, e.getValue());
			}
		}
		int best = Integer.MAX_VALUE;
		for (Map.Entry<Integer, Integer> e : spacings.entrySet()) {
			if (e.getKey() >= 8 && e.getKey() <= 80 && e.getValue() * 5 >= most && e.getKey() < best) {
				best = e.getKey();
			}
		}
		return best == Integer.MAX_VALUE ? 12 : best / 2.0;
	}
}
