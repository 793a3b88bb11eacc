// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Scene;

/**
 * How alike two scenes' texts are, from 0 to 1: the Jaccard index of their
 * words (Latin) and character pairs (Chinese), so that small edits keep a high
 * score and a rewritten scene a low one.
 */
final class Similarity {
	private Similarity() {
	}

	/** The scene's text without the heading, for comparison. */
	static String body(Scene s) {
		StringBuilder b = new StringBuilder();
		for (Paragraph p : s.getParagraphs()) {
			if (p.getText() != null && p.getType() != org.backlot.model.script.ParagraphType.HEADING) {
				b.append(p.getType().getValue()).append(':').append(p.getText()).append('\n');
			}
		}
		return b.toString();
	}

	/** Jaccard index of the two texts' tokens. */
	static double of(String a, String b) {
		Set<String> x = tokens(a);
		Set<String> y = tokens(b);
		if (x.isEmpty() && y.isEmpty()) {
			return 1;
		}
		int common = 0;
		for (String t : x) {
			if (y.contains(t)) {
				common++;
			}
		}
		return (double) common / (x.size() + y.size() - common);
	}

	private static Set<String> tokens(String s) {
		Set<String> result = new HashSet<>();
		StringBuilder word = new StringBuilder();
		char previousHan = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c) && c < 0x2e80) {
				word.append(Character.toLowerCase(c));
				continue;
			}
			if (word.length() > 0) {
				result.add(word.toString());
				word.setLength(0);
			}
			if (c >= 0x2e80 && Character.isLetter(c)) {
				result.add(previousHan == 0 ? String.valueOf(c) : "" + previousHan + c); //$NON-NLS-1$
				previousHan = c;
			} else {
				previousHan = 0;
			}
		}
		if (word.length() > 0) {
			result.add(word.toString().toLowerCase(Locale.ROOT));
		}
		return result;
	}
}
