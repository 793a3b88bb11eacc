// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;

/**
 * Writes a script in the common Chinese plain-text form: 《剧名》 and 编剧 lines,
 * a blank line before each "第N场 日 外 地点" heading, the 人物 line, action
 * after '△', speeches as "名字（提示）：台词" and transitions on their own line.
 */
final class ChineseScriptText {
	private static final String NL = "\n"; //$NON-NLS-1$
	/** 编剧：, 《 and 》. */
	private static final String WRITER = "\u7f16\u5267\uff1a"; //$NON-NLS-1$
	private static final char OPEN_TITLE = '\u300a';
	private static final char CLOSE_TITLE = '\u300b';
	/** The full-width colon after a speaker, and the triangle before action. */
	private static final char COLON = '\uff1a';
	private static final char ACTION = '\u25b3';

	private ChineseScriptText() {
	}

	/** The script as Chinese plain text. */
	static String write(ParsedScript script) {
		StringBuilder out = new StringBuilder(1 << 16);
		String title = script.title("title"); //$NON-NLS-1$
		if (title != null) {
			out.append(OPEN_TITLE).append(title).append(CLOSE_TITLE).append(NL);
		}
		String author = script.title("author"); //$NON-NLS-1$
		if (author != null) {
			out.append(WRITER).append(author).append(NL);
		}
		List<ScriptElement> elements = script.elements();
		for (int i = 0; i < elements.size(); i++) {
			ScriptElement e = elements.get(i);
			String text = e.text() == null ? "" : e.text(); //$NON-NLS-1$
			switch (e.type()) {
			case HEADING -> out.append(NL).append(text.replace('\n', ' ')).append(NL);
			case ACTION -> {
				for (String line : text.split(NL)) {
					out.append(ACTION).append(line).append(NL);
				}
			}
			case CHARACTER -> i = speech(elements, i, out);
			case NOTE, SECTION, SYNOPSIS, PAGE_BREAK -> {
				// not printed in this form
			}
			default -> out.append(text).append(NL);
			}
		}
		return out.toString();
	}

	/**
	 * Writes the speech whose cue is at i, one line per dialogue element (the cue
	 * repeated); returns the index of its last element.
	 */
	private static int speech(List<ScriptElement> elements, int i, StringBuilder out) {
		out.append(elements.get(i).text());
		int j = i + 1;
		boolean started = false;
		while (j < elements.size()) {
			ScriptElement e = elements.get(j);
			if (e.type() == ElementType.PARENTHETICAL) {
				if (started) {
					out.append(NL).append(elements.get(i).text());
					started = false;
				}
				out.append(e.text());
			} else if (e.type() == ElementType.DIALOGUE) {
				if (started) {
					out.append(NL).append(elements.get(i).text());
				}
				out.append(COLON).append(e.text().replace('\n', ' '));
				started = true;
			} else {
				break;
			}
			j++;
		}
		if (!started) {
			out.append(COLON);
		}
		out.append(NL);
		return j - 1;
	}
}
