// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.util.ArrayList;
import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;

/**
 * Turns prepared Fountain lines into screenplay elements in one pass. Lines
 * that belong together (action paragraphs, dialogue, lyrics, centred lines)
 * are gathered in an open block that a blank line or another element closes.
 * Notes found in a line follow the element that holds them; a note standing
 * alone becomes a NOTE element where it stands.
 */
final class FountainParser {
	private final SourceLines src;
	private final ParsedScript out;
	private final List<String> pending = new ArrayList<>();
	private final StringBuilder block = new StringBuilder();
	private ElementType blockType;
	private int nextNote;
	private boolean inDialogue;
	private boolean dual;

	private FountainParser(SourceLines src, ParsedScript out) {
		this.src = src;
		this.out = out;
	}

	/** Reads the title page and the body into {@code out}. */
	static void parse(SourceLines src, ParsedScript out) {
		new FountainParser(src, out).run();
	}

	private void run() {
		int first = 0;
		while (first < src.size() && (src.kind(first) == SourceLines.BLANK || src.kind(first) == SourceLines.NOTE_ONLY)) {
			first++;
		}
		for (int i = 0; i < first; i++) {
			if (src.kind(i) == SourceLines.NOTE_ONLY) {
				clean(src.line(i));
			}
		}
		emitPending();
		int body = TitlePageReader.read(src, first, out.titlePage(), this::clean);
		emitPending();
		// true when the next line may start any element: after a blank line or a one-line element
		boolean fresh = true;
		for (int i = body; i < src.size(); i++) {
			switch (src.kind(i)) {
			case SourceLines.BLANK -> {
				closeBlock();
				inDialogue = false;
				dual = false;
				fresh = true;
			}
			case SourceLines.SPACER -> {
				if (blockType != null) {
					block.append('\n');
				} else if (!inDialogue) {
					fresh = true;
				}
			}
			case SourceLines.NOTE_ONLY -> {
				clean(src.line(i));
				if (blockType == null) {
					emitPending();
				}
			}
			default -> fresh = line(i, clean(src.line(i)), fresh);
			}
		}
		closeBlock();
	}

	/** Reads one line with text; returns whether the next line may start any element. */
	private boolean line(int i, String raw, boolean fresh) {
		String t = raw.strip();
		if (t.isEmpty()) {
			// only notes and blanks were on the line (a note among other text)
			return fresh;
		}
		if (inDialogue) {
			speech(t);
			return false;
		}
		char c = t.charAt(0);
		if (LineRules.isPageBreak(t)) {
			single(ElementType.PAGE_BREAK, ""); //$NON-NLS-1$
			return true;
		}
		switch (c) {
		case '!' -> {
			append(ElementType.ACTION, t.substring(1));
			return false;
		}
		case '@' -> {
			if (t.length() > 1) {
				cue(t.substring(1).strip());
			} else {
				append(ElementType.ACTION, t);
			}
			return false;
		}
		case '~' -> {
			append(ElementType.LYRIC, t.substring(1).strip());
			return false;
		}
		case '>' -> {
			if (t.length() > 1 && t.endsWith("<")) { //$NON-NLS-1$
				append(ElementType.CENTERED, t.substring(1, t.length() - 1).strip());
				return false;
			}
			single(ElementType.TRANSITION, t.substring(1).strip());
			return true;
		}
		case '#' -> {
			section(t);
			return true;
		}
		case '=' -> {
			single(ElementType.SYNOPSIS, t.substring(1).strip());
			return true;
		}
		default -> {
			// below
		}
		}
		if (LineRules.isForcedHeading(t)) {
			heading(t.substring(1));
			return true;
		}
		if (LineRules.isHeading(t)) {
			heading(t);
			return true;
		}
		if (fresh && LineRules.isTransition(t) && blankOrHeadingAfter(i)) {
			single(ElementType.TRANSITION, t);
			return true;
		}
		if (fresh && textAfter(i) && LineRules.isCue(t)) {
			cue(t);
			return false;
		}
		append(ElementType.ACTION, raw);
		return false;
	}

	/** A line inside a dialogue block: parenthetical, lyric or dialogue. */
	private void speech(String t) {
		if (LineRules.isParenthetical(t)) {
			single(ElementType.PARENTHETICAL, t);
		} else if (t.charAt(0) == '~') {
			append(ElementType.LYRIC, t.substring(1).strip());
		} else {
			append(ElementType.DIALOGUE, t);
		}
	}

	private void cue(String t) {
		closeBlock();
		dual = LineRules.isDual(t);
		inDialogue = true;
		add(ElementType.CHARACTER, InlineMarkup.strip(LineRules.withoutCaret(t)), null, 0);
		emitPending();
	}

	private void heading(String h) {
		String[] parts = LineRules.splitSceneNumber(h);
		closeBlock();
		add(ElementType.HEADING, InlineMarkup.strip(parts[0]), parts[1], 0);
		emitPending();
	}

	private void section(String t) {
		int depth = 0;
		while (depth < t.length() && t.charAt(depth) == '#') {
			depth++;
		}
		closeBlock();
		String text = t.substring(depth).strip();
		if (!text.isEmpty()) {
			add(ElementType.SECTION, InlineMarkup.strip(text), null, Math.min(depth, 6));
		}
		emitPending();
	}

	/** A one-line element. */
	private void single(ElementType type, String text) {
		closeBlock();
		if (type == ElementType.PAGE_BREAK) {
			add(type, text, null, 0);
		} else if (!text.isEmpty()) {
			// a lone '>' or '=' gives nothing
			add(type, InlineMarkup.strip(text), null, 0);
		}
		emitPending();
	}

	/** Adds a line to the open block of this type, opening one when needed. */
	private void append(ElementType type, String text) {
		if (blockType != type) {
			closeBlock();
			blockType = type;
		} else {
			block.append('\n');
		}
		block.append(text);
	}

	private void closeBlock() {
		if (blockType == null) {
			return;
		}
		String text = InlineMarkup.strip(trimEmptyLines(block));
		if (!text.isBlank()) {
			add(blockType, text, null, 0);
		}
		blockType = null;
		block.setLength(0);
		emitPending();
	}

	/** The block without empty lines at its start and end (indentation of the first line kept). */
	private static String trimEmptyLines(StringBuilder b) {
		int start = 0;
		int end = b.length();
		while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
			end--;
		}
		for (int i = 0; i < end; i++) {
			char c = b.charAt(i);
			if (c == '\n') {
				start = i + 1;
			} else if (!Character.isWhitespace(c)) {
				break;
			}
		}
		return b.substring(start, end);
	}

	private void add(ElementType type, String text, String sceneNumber, int depth) {
		boolean speech = type == ElementType.CHARACTER || type == ElementType.DIALOGUE
				|| type == ElementType.PARENTHETICAL || type == ElementType.LYRIC;
		out.add(new ScriptElement(type, text, sceneNumber, dual && inDialogue && speech, depth, Double.NaN));
	}

	/** The line without its note marks; the notes wait in {@link #pending} for their element. */
	private String clean(String line) {
		if (line.indexOf(SourceLines.NOTE_MARK) < 0) {
			return line;
		}
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != SourceLines.NOTE_MARK) {
				b.append(c);
				continue;
			}
			if (nextNote < src.notes().size()) {
				pending.add(src.notes().get(nextNote++));
			}
			// "word [[note]] word" keeps one blank
			if (!b.isEmpty() && b.charAt(b.length() - 1) == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
				i++;
			}
		}
		return b.toString();
	}

	private void emitPending() {
		for (String note : pending) {
			out.add(ScriptElement.of(ElementType.NOTE, note));
		}
		pending.clear();
	}

	/** The next line that is not only notes, or {@code src.size()}. */
	private int nextSignificant(int i) {
		int j = i + 1;
		while (j < src.size() && src.kind(j) == SourceLines.NOTE_ONLY) {
			j++;
		}
		return j;
	}

	private boolean textAfter(int i) {
		int j = nextSignificant(i);
		return j < src.size() && src.kind(j) == SourceLines.TEXT;
	}

	private boolean blankOrHeadingAfter(int i) {
		int j = nextSignificant(i);
		return j >= src.size() || src.kind(j) != SourceLines.TEXT || LineRules.isAnyHeading(src.line(j).strip());
	}
}
