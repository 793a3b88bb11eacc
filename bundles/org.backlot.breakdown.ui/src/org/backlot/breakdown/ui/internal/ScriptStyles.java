// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;

/**
 * Formats the script page: screenplay indents per paragraph type, headings in
 * bold, notes in grey, and each tag highlighted in its category colour
 * (confirmed: filled; suggested: a dashed box until confirmed).
 */
final class ScriptStyles {
	private ScriptStyles() {
	}

	/** A highlighted tag: where it is in the text, and the occurrence it shows. */
	record TagSpan(int start, int end, ElementOccurrence occurrence) {
	}

	/** Applies text, indents and highlights to the widget; returns the tags' places in text order. */
	static List<TagSpan> apply(StyledText widget, ScriptPage page, Breakdown breakdown, Colours colours) {
		List<TagSpan> spans = new ArrayList<>();
		widget.setRedraw(false);
		try {
			widget.setText(page.text());
			int column = columnWidth(widget);
			for (ScriptPage.Placed p : page.paragraphs()) {
				int first = widget.getLineAtOffset(p.start());
				int last = widget.getLineAtOffset(p.end());
				int lines = last - first + 1;
				ParagraphType t = p.paragraph().getType();
				int indent = indent(t) * column;
				widget.setLineIndent(first, lines, indent);
				widget.setLineWrapIndent(first, lines, indent);
				if (t == ParagraphType.TRANSITION) {
					widget.setLineAlignment(first, lines, SWT.RIGHT);
				} else if (t == ParagraphType.CENTERED) {
					widget.setLineAlignment(first, lines, SWT.CENTER);
				}
			}
			widget.setStyleRanges(ranges(widget, page, breakdown, colours, spans).toArray(StyleRange[]::new));
		} finally {
			widget.setRedraw(true);
		}
		return spans;
	}

	private static List<StyleRange> ranges(StyledText widget, ScriptPage page, Breakdown breakdown, Colours colours,
			List<TagSpan> spans) {
		Map<Paragraph, List<ElementOccurrence>> tags = new IdentityHashMap<>();
		if (breakdown != null) {
			for (Element e : breakdown.getElements()) {
				for (ElementOccurrence o : e.getOccurrences()) {
					if (o.getParagraph() != null && o.getLength() > 0) {
						tags.computeIfAbsent(o.getParagraph(), k -> new ArrayList<>()).add(o);
					}
				}
			}
		}
		List<StyleRange> result = new ArrayList<>();
		for (ScriptPage.Placed p : page.paragraphs()) {
			int len = ScriptPage.length(p.paragraph());
			List<ElementOccurrence> in = tags.getOrDefault(p.paragraph(), new ArrayList<>());
			in.sort(Comparator.comparingInt(ElementOccurrence::getStart));
			int pos = 0;
			for (ElementOccurrence o : in) {
				int start = Math.max(pos, o.getStart());
				int end = Math.min(len, o.getStart() + o.getLength());
				if (end <= start) {
					continue;
				}
				if (start > pos) {
					result.add(base(widget, p, pos, start - pos));
				}
				result.add(tag(base(widget, p, start, end - start), o, colours));
				spans.add(new TagSpan(p.start() + start, p.start() + end, o));
				pos = end;
			}
			if (pos < len) {
				result.add(base(widget, p, pos, len - pos));
			}
		}
		return result;
	}

	private static StyleRange base(StyledText widget, ScriptPage.Placed p, int from, int length) {
		StyleRange r = new StyleRange();
		r.start = p.start() + from;
		r.length = length;
		switch (p.paragraph().getType()) {
		case HEADING, SECTION -> r.fontStyle = SWT.BOLD;
		case NOTE, SYNOPSIS -> {
			r.fontStyle = SWT.ITALIC;
			r.foreground = widget.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		}
		case CAST_LIST -> r.foreground = widget.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		default -> {
			// plain
		}
		}
		return r;
	}

	private static StyleRange tag(StyleRange r, ElementOccurrence o, Colours colours) {
		Element e = (Element) o.eContainer();
		String hex = e.getCategory() == null ? null : e.getCategory().getColour();
		if (o.isConfirmed()) {
			r.background = colours.tint(hex);
			r.underline = true;
			r.underlineColor = colours.full(hex);
		} else {
			r.borderStyle = SWT.BORDER_DASH;
			r.borderColor = colours.full(hex);
		}
		return r;
	}

	/** Columns of screenplay indent (Courier, 10 to the inch) from the action margin. */
	private static int indent(ParagraphType t) {
		return switch (t) {
		case CHARACTER -> 22;
		case DIALOGUE, LYRIC -> 10;
		case PARENTHETICAL -> 16;
		default -> 0;
		};
	}

	private static int columnWidth(StyledText widget) {
		GC gc = new GC(widget);
		try {
			return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
		} finally {
			gc.dispose();
		}
	}
}
