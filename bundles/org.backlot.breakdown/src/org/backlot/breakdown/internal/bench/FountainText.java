// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;

/**
 * Writes a script as Fountain (fountain.io 1.1): title page, headings with
 * {@code #n#} scene numbers, action (forced with '!' where it would read as
 * something else), speeches, dual dialogue ('^'), transitions (forced with '>'
 * unless they end in "TO:"), centred text, lyrics, notes, sections, synopses and
 * page breaks. Emphasis characters are escaped.
 */
final class FountainText {
	private static final Pattern HEADING = Pattern.compile("^(?:INT|EXT|EST|INT\\.?/EXT|I/E)[.\\s]", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final String NL = "\n"; //$NON-NLS-1$

	private final StringBuilder out = new StringBuilder(1 << 16);

	private FountainText() {
	}

	/** The script as Fountain text. */
	static String write(ParsedScript script) {
		FountainText w = new FountainText();
		w.titlePage(script.titlePage());
		ElementType previous = null;
		for (ScriptElement e : script.elements()) {
			if (previous != null && !(inSpeech(previous) && continuesSpeech(e.type()))) {
				w.out.append(NL);
			}
			w.element(e);
			previous = e.type();
		}
		return w.out.toString();
	}

	private void titlePage(List<TitleEntry> entries) {
		for (TitleEntry t : entries) {
			String key = t.key().isEmpty() ? t.key() : Character.toUpperCase(t.key().charAt(0)) + t.key().substring(1);
			String[] lines = t.value().split(NL);
			if (lines.length == 1) {
				out.append(key).append(": ").append(lines[0]).append(NL); //$NON-NLS-1$
			} else {
				out.append(key).append(':').append(NL);
				for (String line : lines) {
					out.append("    ").append(line).append(NL); //$NON-NLS-1$
				}
			}
		}
		if (!entries.isEmpty()) {
			out.append(NL);
		}
	}

	private void element(ScriptElement e) {
		String text = escape(e.text() == null ? "" : e.text()); //$NON-NLS-1$
		switch (e.type()) {
		case HEADING -> {
			out.append(HEADING.matcher(text).find() ? "" : ".").append(text.replace('\n', ' ')); //$NON-NLS-1$ //$NON-NLS-2$
			if (e.sceneNumber() != null && !e.sceneNumber().isBlank()) {
				out.append(" #").append(e.sceneNumber()).append('#'); //$NON-NLS-1$
			}
			out.append(NL);
		}
		case CHARACTER -> {
			String name = text.replace('\n', ' ');
			int bracket = name.indexOf('(');
			String bare = bracket < 0 ? name : name.substring(0, bracket);
			boolean plain = bare.chars().anyMatch(Character::isLetter) && bare.equals(bare.toUpperCase(Locale.ROOT));
			out.append(plain ? "" : "@").append(name).append(e.dual() ? " ^" : "").append(NL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		case TRANSITION -> {
			boolean plain = text.endsWith("TO:") && text.equals(text.toUpperCase(Locale.ROOT)); //$NON-NLS-1$
			out.append(plain ? "" : "> ").append(text.replace('\n', ' ')).append(NL); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case CENTERED -> lines(text, "> ", " <"); //$NON-NLS-1$ //$NON-NLS-2$
		case LYRIC -> lines(text, "~", ""); //$NON-NLS-1$ //$NON-NLS-2$
		case NOTE -> out.append("[[").append(text).append("]]").append(NL); //$NON-NLS-1$ //$NON-NLS-2$
		case SECTION -> out.append("#".repeat(Math.max(1, e.depth()))).append(' ').append(text).append(NL); //$NON-NLS-1$
		case SYNOPSIS -> out.append("= ").append(text.replace('\n', ' ')).append(NL); //$NON-NLS-1$
		case PAGE_BREAK -> out.append("===").append(NL); //$NON-NLS-1$
		case DIALOGUE, PARENTHETICAL -> lines(text, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		default -> lines(text, forcedAction(text) ? "!" : "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** Each line with the prefix and suffix; an empty line inside an element is written as two spaces. */
	private void lines(String text, String prefix, String suffix) {
		boolean first = true;
		for (String line : text.split(NL, -1)) {
			if (line.isEmpty()) {
				out.append("  ").append(NL); //$NON-NLS-1$
				continue;
			}
			out.append(first || !prefix.equals("!") ? prefix : "").append(line).append(suffix).append(NL); //$NON-NLS-1$ //$NON-NLS-2$
			first = false;
		}
	}

	/** Action that Fountain would read as a heading, cue, transition or markup without a '!'. */
	private static boolean forcedAction(String text) {
		int nl = text.indexOf('\n');
		String first = nl < 0 ? text : text.substring(0, nl);
		if (first.isEmpty()) {
			return false;
		}
		boolean upper = first.chars().anyMatch(Character::isLetter) && first.equals(first.toUpperCase(Locale.ROOT));
		return upper || HEADING.matcher(first).find() || "!@#~=>.[".indexOf(first.charAt(0)) >= 0; //$NON-NLS-1$
	}

	private static boolean inSpeech(ElementType t) {
		return t == ElementType.CHARACTER || t == ElementType.DIALOGUE || t == ElementType.PARENTHETICAL || t == ElementType.LYRIC;
	}

	private static boolean continuesSpeech(ElementType t) {
		return t == ElementType.DIALOGUE || t == ElementType.PARENTHETICAL;
	}

	private static String escape(String text) {
		if (text.indexOf('*') < 0 && text.indexOf('_') < 0) {
			return text;
		}
		return text.replace("*", "\\*").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
