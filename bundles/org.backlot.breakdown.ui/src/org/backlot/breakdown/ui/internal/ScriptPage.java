// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;

/**
 * The script as one text for the page view: paragraphs in order with a blank
 * line between elements (none inside a speech), and where each paragraph and
 * scene starts, so that tags (paragraph offsets) map to text offsets and back.
 */
final class ScriptPage {

	/** A paragraph placed in the text. */
	record Placed(Paragraph paragraph, Scene scene, int start) {
		int end() {
			return start + length(paragraph);
		}
	}

	private final StringBuilder text = new StringBuilder();
	private final List<Placed> placed = new ArrayList<>();
	private final Map<Paragraph, Placed> byParagraph = new IdentityHashMap<>();
	private final Map<Scene, Integer> sceneStart = new IdentityHashMap<>();

	ScriptPage(Script script) {
		ParagraphType previous = null;
		for (Paragraph p : script.getFrontMatter()) {
			previous = add(p, null, previous);
		}
		for (Scene s : script.getScenes()) {
			if (s.isOmitted()) {
				continue;
			}
			for (Paragraph p : s.getParagraphs()) {
				previous = add(p, s, previous);
				sceneStart.putIfAbsent(s, byParagraph.get(p).start());
			}
		}
	}

	private ParagraphType add(Paragraph p, Scene s, ParagraphType previous) {
		if (previous != null) {
			boolean speech = (previous == ParagraphType.CHARACTER || previous == ParagraphType.PARENTHETICAL
					|| previous == ParagraphType.DIALOGUE)
					&& (p.getType() == ParagraphType.DIALOGUE || p.getType() == ParagraphType.PARENTHETICAL);
			text.append(speech ? "\n" : "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Placed at = new Placed(p, s, text.length());
		text.append(p.getText() == null ? "" : p.getText().replace('\r', ' ')); //$NON-NLS-1$
		placed.add(at);
		byParagraph.put(p, at);
		return p.getType();
	}

	String text() {
		return text.toString();
	}

	List<Placed> paragraphs() {
		return placed;
	}

	/** Where a paragraph is, or null when it is not shown. */
	Placed of(Paragraph p) {
		return byParagraph.get(p);
	}

	/** Text offset of a scene's heading, or -1. */
	int sceneStart(Scene s) {
		Integer at = sceneStart.get(s);
		return at == null ? -1 : at;
	}

	/** The paragraph at a text offset (or the one just before it), or null. */
	Placed at(int offset) {
		int lo = 0;
		int hi = placed.size() - 1;
		Placed found = null;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			Placed p = placed.get(mid);
			if (p.start() <= offset) {
				found = p;
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
		return found;
	}

	static int length(Paragraph p) {
		return p.getText() == null ? 0 : p.getText().length();
	}
}
