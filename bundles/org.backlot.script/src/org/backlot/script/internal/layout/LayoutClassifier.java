// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;

/**
 * Tells the elements of a screenplay from how its lines sit on the page. All
 * indents are taken relative to the document's own action margin: the most
 * common left edge of the wide lines (action wraps at 6", dialogue at 3.5"), or
 * of the scene headings, or the geometry's default. From that margin: action
 * and headings at 0", dialogue at ~1", parentheticals at ~1.5" and opening with
 * '(', character cues at ~2" or more in upper case with their dialogue right
 * under them, transitions in upper case pushed to the right edge (6" from the
 * margin) or ending in "TO:", centred text around 3". Page furniture is dropped
 * first ({@link PageFurniture}); a cue repeated with "(CONT'D)" at the top of the
 * page after a "(MORE)" continues the same speech. A page before the first
 * scene that holds centred lines and no wide ones is read as the title page.
 * Lines of one element join with '\n' (heading continuations with a space).
 */
public final class LayoutClassifier {
	/** Lines that start less than this from the action margin are at the margin (inches). */
	static final double ACTION_BAND = 0.45;
	/** Dialogue and parentheticals start less than this from the margin (inches). */
	static final double SPEECH_MAX = 1.65;
	/** Character cues start at least this far from the margin (inches). */
	static final double CUE_MIN = 1.2;
	/** Width of the action text; the right edge is this far from the margin (inches). */
	static final double TEXT_WIDTH = 6.0;
	/** Lines at least this wide are action (inches). */
	static final double WIDE = 4.0;

	/**
	 * What the classifier found.
	 *
	 * @param elements        the elements in reading order
	 * @param titlePage       title-page entries, empty when there is no title page
	 * @param firstScriptPage index of the first page after the title page
	 * @param warnings        messages for the user
	 */
	public record Layout(List<ScriptElement> elements, List<TitleEntry> titlePage, int firstScriptPage, List<String> warnings) {
	}

	private final PageGeometry geometry;
	private final double margin;
	private final List<Row> rows;
	private final Set<Integer> morePages;
	private final ElementSink sink = new ElementSink();
	private int firstPage;
	private ElementType last;
	private boolean inSpeech;
	private int parenDepth;
	private String speaker;

	private LayoutClassifier(List<LayoutLine> lines, PageGeometry geometry) {
		this.geometry = geometry;
		List<LayoutLine> sorted = new ArrayList<>(lines.size());
		for (LayoutLine line : lines) {
			LayoutLine clean = nonBlank(line);
			if (clean != null) {
				sorted.add(clean);
			}
		}
		sorted.sort(Comparator.comparingInt(LayoutLine::page).thenComparingDouble(LayoutLine::y));
		PageFurniture.Cleaned cleaned = PageFurniture.clean(sorted);
		this.morePages = cleaned.morePages();
		this.margin = margin(cleaned.lines(), geometry);
		this.rows = new ArrayList<>(cleaned.lines().size());
		Row previous = null;
		for (LayoutLine line : cleaned.lines()) {
			Row row = Row.of(line, margin);
			row.pageTop = previous == null || previous.page() != row.page();
			row.blankBefore = row.pageTop || row.y() - previous.y() > 1.5 * geometry.lineHeight();
			rows.add(row);
			previous = row;
		}
	}

	/** The line without blank runs, or null when nothing is left. */
	private static LayoutLine nonBlank(LayoutLine line) {
		if (line == null || line.segments() == null) {
			return null;
		}
		List<LayoutLine.Segment> kept = new ArrayList<>(line.segments().size());
		for (LayoutLine.Segment s : line.segments()) {
			if (s != null && s.text() != null && !s.text().isBlank() && !Double.isNaN(s.left())) {
				kept.add(s.text().equals(s.text().strip()) ? s : new LayoutLine.Segment(s.text().strip(), s.left(), s.right()));
			}
		}
		if (kept.isEmpty() || Double.isNaN(line.y())) {
			return null;
		}
		return kept.size() == line.segments().size() && kept.equals(line.segments()) ? line
				: new LayoutLine(line.page(), line.y(), line.size(), kept);
	}

	/** Classifies the lines of a document (any order; they are sorted by page and y). */
	public static Layout classify(List<LayoutLine> lines, PageGeometry geometry) {
		return new LayoutClassifier(lines, geometry).run();
	}

	private Layout run() {
		int start = 0;
		List<TitleEntry> title = List.of();
		if (isTitlePage()) {
			while (start < rows.size() && rows.get(start).page() == rows.get(0).page()) {
				start++;
			}
			title = TitlePageReader.read(titleLines(rows.subList(0, start)));
			firstPage = rows.get(0).page() + 1;
		}
		for (int i = start; i < rows.size(); i++) {
			i = step(i, start);
		}
		List<ScriptElement> elements = sink.elements();
		List<String> warnings = new ArrayList<>();
		if (!elements.isEmpty() && elements.stream().noneMatch(e -> e.type() == ElementType.HEADING)) {
			warnings.add(Messages.noHeadings);
		}
		return new Layout(elements, title, firstPage, warnings);
	}

	/** Classifies row i (and the rows after it that belong to it); returns the last row used. */
	private int step(int i, int start) {
		Row r = rows.get(i);
		if (r.blankBefore) {
			inSpeech = false;
		}
		if (r.pageTop && i > start && morePages.contains(rows.get(i - 1).page()) && speaker != null
				&& LineText.upper(r.text) && cueFollows(i) && speaker.equals(LineText.speaker(r.text))) {
			// "BOB (CONT'D)" at the top of the page after "(MORE)": the same speech goes on
			inSpeech = true;
			return i;
		}
		if (DualDialogue.starts(rows, i, margin)) {
			int end = DualDialogue.emit(rows, i, this::position, sink);
			last = ElementType.DIALOGUE;
			inSpeech = false;
			speaker = null;
			return end;
		}
		ElementType type = type(i);
		boolean join = !r.blankBefore && type == last && sink.open() == type && type != ElementType.CHARACTER
				&& (type != ElementType.PARENTHETICAL || parenDepth > 0)
				&& (type != ElementType.HEADING || r.number == null);
		if (join) {
			sink.append(type == ElementType.HEADING ? ' ' : '\n', r.text);
		} else {
			sink.start(type, r.text, type == ElementType.HEADING ? r.number : null, false, position(r));
		}
		update(type, r.text, join);
		return i;
	}

	private void update(ElementType type, String text, boolean joined) {
		switch (type) {
		case CHARACTER -> {
			speaker = LineText.speaker(text);
			inSpeech = true;
			parenDepth = 0;
		}
		case PARENTHETICAL -> {
			inSpeech = true;
			parenDepth = Math.max(0, (joined ? parenDepth : 0) + LineText.balance(text));
		}
		case DIALOGUE -> {
			inSpeech = true;
			parenDepth = 0;
		}
		default -> {
			inSpeech = false;
			parenDepth = 0;
			if (type != ElementType.TRANSITION) {
				speaker = null;
			}
		}
		}
		last = type;
	}

	private ElementType type(int i) {
		Row r = rows.get(i);
		String text = r.text;
		double d = r.left - margin;
		boolean upper = LineText.upper(text);
		if (r.number != null) {
			return ElementType.HEADING;
		}
		if (d < ACTION_BAND) {
			if (LineText.HEADING_PREFIX.matcher(text).find()
					|| (last == ElementType.HEADING && !r.blankBefore && LineText.allUpper(text))) {
				return ElementType.HEADING;
			}
			if (upper && LineText.TRANSITION.matcher(text).matches()) {
				return ElementType.TRANSITION;
			}
			if (standalone(i)) {
				return LineText.SHOT.matcher(text).find() ? ElementType.SHOT : ElementType.HEADING;
			}
			return ElementType.ACTION;
		}
		if (inSpeech) {
			return parenDepth > 0 || text.startsWith("(") ? ElementType.PARENTHETICAL : ElementType.DIALOGUE; //$NON-NLS-1$
		}
		if (upper && d >= 2.5 && (r.right >= margin + TEXT_WIDTH - 0.45 || LineText.TRANSITION.matcher(text).matches())) {
			return ElementType.TRANSITION;
		}
		if (upper && d >= CUE_MIN && cueFollows(i)) {
			return ElementType.CHARACTER;
		}
		if (centred(r)) {
			return ElementType.CENTERED;
		}
		if (d < SPEECH_MAX && (last == ElementType.DIALOGUE || last == ElementType.PARENTHETICAL)) {
			// speech going on after a blank line or at the top of a page
			return text.startsWith("(") ? ElementType.PARENTHETICAL : ElementType.DIALOGUE; //$NON-NLS-1$
		}
		return ElementType.ACTION;
	}

	/** True when the row is followed, with no blank line, by a line indented less but past the margin (its dialogue). */
	private boolean cueFollows(int i) {
		Row r = rows.get(i);
		if (i + 1 >= rows.size() || r.text.length() > 50 || r.text.endsWith(":")) { //$NON-NLS-1$
			return false;
		}
		Row next = rows.get(i + 1);
		return !next.blankBefore && next.left < r.left - 0.3 && next.left - margin >= ACTION_BAND;
	}

	/**
	 * True for an upper-case line standing alone at the margin, not ending in
	 * punctuation, of two words or more or right after a transition: a heading
	 * that names no INT/EXT ("SNIPER SCOPE POV"), or a shot.
	 */
	private boolean standalone(int i) {
		Row r = rows.get(i);
		String text = r.text;
		if (!r.blankBefore || (i + 1 < rows.size() && !rows.get(i + 1).blankBefore) || !LineText.allUpper(text)
				|| text.length() > 60 || text.startsWith("(") || text.startsWith("\"")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		char end = text.charAt(text.length() - 1);
		if (".!?,;:-\u2013\u2014\"'\u2026)".indexOf(end) >= 0 || LineText.NOT_HEADING.matcher(text).matches()) { //$NON-NLS-1$
			return false;
		}
		return LineText.words(text) >= 2 || last == ElementType.TRANSITION;
	}

	private boolean centred(Row r) {
		double mid = (r.left + r.right) / 2;
		return r.left - margin >= 0.6 && Math.abs(mid - (margin + TEXT_WIDTH / 2)) <= 0.4;
	}

	private double position(Row r) {
		if (!geometry.paged()) {
			return Double.NaN;
		}
		double within = (r.y() - geometry.top()) / geometry.usable();
		return r.page() - firstPage + Math.max(0, Math.min(0.999, within));
	}

	/** A first page with centred lines, no wide line and no heading, before other pages. */
	private boolean isTitlePage() {
		if (rows.isEmpty() || rows.get(rows.size() - 1).page() == rows.get(0).page()) {
			return false;
		}
		int page = rows.get(0).page();
		boolean centred = false;
		int count = 0;
		for (Row r : rows) {
			if (r.page() != page) {
				break;
			}
			if (++count > 40 || r.number != null || LineText.HEADING_PREFIX.matcher(r.text).find()
					|| r.right - r.left >= WIDE + 0.5) {
				return false;
			}
			centred |= r.left - margin > 0.3 && Math.abs((r.left + r.right) / 2 - (margin + TEXT_WIDTH / 2)) <= 0.4;
		}
		return centred;
	}

	private List<TitlePageReader.Line> titleLines(List<Row> page) {
		List<TitlePageReader.Line> result = new ArrayList<>(page.size());
		Row previous = null;
		for (Row r : page) {
			double mid = (r.left + r.right) / 2;
			TitlePageReader.Align align = r.left - margin > 0.3 && Math.abs(mid - (margin + TEXT_WIDTH / 2)) <= 0.5
					? TitlePageReader.Align.CENTER
					: r.left > margin + TEXT_WIDTH / 2 ? TitlePageReader.Align.RIGHT : TitlePageReader.Align.LEFT;
			boolean blank = previous == null || r.y() - previous.y() > 1.6 * r.size()
					|| Math.abs(r.size() - previous.size()) > 0.1 * r.size();
			result.add(new TitlePageReader.Line(r.text, align, blank));
			previous = r;
		}
		return result;
	}

	/** The action margin: the commonest left edge of wide lines, else of headings, else the default or the leftmost edge. */
	static double margin(List<LayoutLine> lines, PageGeometry geometry) {
		Map<Long, Integer> wide = new HashMap<>();
		Map<Long, Integer> headings = new HashMap<>();
		double leftmost = Double.MAX_VALUE;
		for (LayoutLine line : lines) {
			LayoutLine.Segment widest = line.segments().get(0);
			for (LayoutLine.Segment s : line.segments()) {
				if (s.right() - s.left() > widest.right() - widest.left()) {
					widest = s;
				}
				if (LineText.HEADING_PREFIX.matcher(s.text()).find()) {
					headings.merge(Math.round(s.left() * 20), 1, Integer::sum);
				}
			}
			if (widest.right() - widest.left() >= WIDE) {
				wide.merge(Math.round(widest.left() * 20), 1, Integer::sum);
			}
			leftmost = Math.min(leftmost, line.left());
		}
		Map<Long, Integer> votes = !wide.isEmpty() ? wide : headings;
		if (votes.isEmpty()) {
			return !Double.isNaN(geometry.defaultMargin()) ? geometry.defaultMargin() : leftmost == Double.MAX_VALUE ? 0 : leftmost;
		}
		long best = 0;
		int bestCount = -1;
		for (Map.Entry<Long, Integer> e : votes.entrySet()) {
			if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
				best = e.getKey();
				bestCount = e.getValue();
			}
		}
		return best / 20.0;
	}
}
