// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.backlot.script.api.DecodedText;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporter;
import org.backlot.script.api.ScriptSource;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a plain-text screenplay laid out with spaces as on the printed page
 * (Courier, 10 characters an inch: cues indented about 37 spaces from the page
 * edge, dialogue about 25), as Final Draft and others save "text" files. Form
 * feeds are page breaks. The lines go to {@link LayoutClassifier}.
 */
public final class PlainTextImporter implements ScriptImporter {
	/** The id this importer is registered under. */
	public static final String ID = "text"; //$NON-NLS-1$
	/** Columns an inch. */
	private static final double CPI = 10;
	/** Spaces in a row that split a line into runs (sentences are split by two at most). */
	private static final int GAP = 3;
	private static final int TAB = 8;
	/** Characters of the head that detection looks at. */
	private static final int HEAD = 20_000;

	/** Creates the importer. */
	public PlainTextImporter() {
	}

	@Override
	public int detect(ScriptSource source) {
		byte[] b = source.bytes();
		for (int i = 0; i < Math.min(b.length, 1024); i++) {
			if (b[i] == 0) {
				return 0;
			}
		}
		String head = source.head(HEAD);
		String start = head.stripLeading();
		if (start.startsWith("%PDF") || start.startsWith("<")) { //$NON-NLS-1$ //$NON-NLS-2$
			return 0;
		}
		List<LayoutLine> lines = lines(head);
		if (lines.isEmpty()) {
			return 0;
		}
		double min = Double.MAX_VALUE;
		for (LayoutLine l : lines) {
			min = Math.min(min, l.left());
		}
		int cues = 0;
		int flat = 0;
		for (int i = 0; i + 1 < lines.size(); i++) {
			LayoutLine cue = lines.get(i);
			LayoutLine next = lines.get(i + 1);
			if (next.page() != cue.page() || next.y() != cue.y() + 1 || !LineText.upper(cue.text())) {
				continue;
			}
			double d = cue.left() - min;
			if (d >= 1.5 && d <= 4.5 && next.left() >= min + 0.5 && next.left() <= cue.left() - 0.3) {
				cues++;
			} else if (d < 0.1 && Math.abs(next.left() - cue.left()) < 0.1 && !LineText.upper(next.text())) {
				flat++; // a Fountain cue: name and dialogue both at the margin
			}
		}
		if (cues > flat && !tabbed(head)) {
			return cues >= 2 ? 50 : 25;
		}
		return 5;
	}

	/** True when more lines are indented with tabs than with spaces alone (pretty-printed Fountain, not a page layout). */
	private static boolean tabbed(String text) {
		int tabs = 0;
		int spaces = 0;
		boolean lineStart = true;
		boolean sawTab = false;
		int indent = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\f') {
				lineStart = true;
				sawTab = false;
				indent = 0;
			} else if (lineStart && (c == ' ' || c == '\t')) {
				sawTab |= c == '\t';
				indent++;
			} else if (lineStart) {
				lineStart = false;
				if (sawTab) {
					tabs++;
				} else if (indent >= 5) {
					spaces++;
				}
			}
		}
		return tabs > spaces;
	}

	@Override
	public ParsedScript read(ScriptSource source) throws ScriptFormatException {
		DecodedText decoded = source.text();
		String text = decoded.text();
		if (text.indexOf('\0') >= 0) {
			throw new ScriptFormatException(NLS.bind(Messages.notText, source.name()));
		}
		List<LayoutLine> lines = lines(text);
		if (lines.isEmpty()) {
			throw new ScriptFormatException(NLS.bind(Messages.noText, source.name()));
		}
		int pages = lines.get(lines.size() - 1).page() + 1;
		boolean paged = text.indexOf('\f') >= 0;
		double usable = 1;
		int[] perPage = new int[pages];
		for (LayoutLine l : lines) {
			perPage[l.page()] = Math.max(perPage[l.page()], (int) l.y() + 1);
			usable = Math.max(usable, perPage[l.page()]);
		}
		LayoutClassifier.Layout layout = LayoutClassifier.classify(lines, new PageGeometry(1, 0, usable, Double.NaN, paged));
		ParsedScript script = new ParsedScript(ID);
		script.setCharset(decoded.charset());
		if (decoded.guessed()) {
			script.warnings().add(NLS.bind(Messages.charsetGuessed, source.name(), decoded.charset()));
		}
		script.titlePage().addAll(layout.titlePage());
		script.elements().addAll(layout.elements());
		script.warnings().addAll(layout.warnings());
		if (paged) {
			script.setPageCount(Math.max(0, pages - layout.firstScriptPage()));
		}
		return script;
	}

	/** The lines of a text, pages split at form feeds, runs split at three spaces or more. */
	static List<LayoutLine> lines(String text) {
		List<LayoutLine> result = new ArrayList<>();
		int page = 0;
		int lineNo = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			int end = i;
			while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != '\f') {
				end++;
			}
			List<LayoutLine.Segment> segments = segments(text, i, end);
			if (!segments.isEmpty()) {
				result.add(new LayoutLine(page, lineNo, 1, segments));
			}
			lineNo++;
			if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
				end++;
			}
			if (end < n && text.charAt(end) == '\f') {
				page++;
				lineNo = 0;
				if (end + 1 < n && (text.charAt(end + 1) == '\n' || text.charAt(end + 1) == '\r')) {
					// a form feed on a line of its own: the line end belongs to it
					end++;
					if (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
						end++;
					}
				}
			}
			i = end + 1;
		}
		return result;
	}

	private static List<LayoutLine.Segment> segments(String text, int from, int to) {
		List<LayoutLine.Segment> result = new ArrayList<>(1);
		int col = 0;
		int segStart = -1;
		int segStartCol = 0;
		int lastEnd = -1;
		int lastEndCol = 0;
		int spaces = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\u00a0') {
				col = c == '\t' ? (col / TAB + 1) * TAB : col + 1;
				spaces++;
				continue;
			}
			if (Character.isISOControl(c)) {
				continue;
			}
			if (segStart >= 0 && spaces >= GAP) {
				result.add(segment(text, segStart, lastEnd, segStartCol, lastEndCol));
				segStart = -1;
			}
			if (segStart < 0) {
				segStart = i;
				segStartCol = col;
			}
			col += wide(c) ? 2 : 1;
			lastEnd = i + 1;
			lastEndCol = col;
			spaces = 0;
		}
		if (segStart >= 0) {
			result.add(segment(text, segStart, lastEnd, segStartCol, lastEndCol));
		}
		return result;
	}

	private static LayoutLine.Segment segment(String text, int start, int end, int startCol, int endCol) {
		return new LayoutLine.Segment(text.substring(start, end).strip(), startCol / CPI, endCol / CPI);
	}

	private static boolean wide(char c) {
		return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
				|| (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
				|| (c >= 0xffe0 && c <= 0xffe6);
	}
}
