// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

/**
 * An element a tagger found, tied to the exact text it came from.
 *
 * @param paragraph  index of the paragraph in the scene's list
 * @param start      offset of the span in that paragraph's text
 * @param length     length of the span (text.substring(start, start + length) is the mention)
 * @param category   the category key ({@link Categories})
 * @param name       the element's normalised name ("Revolver", "John", "林晓")
 * @param confidence 0 to 1
 * @param count      number of people, for extras; else 0 (0 for extras too when the text gives no number)
 */
public record Suggestion(int paragraph, int start, int length, String category, String name, double confidence,
		int count) {

	/** Offset just past the span. */
	public int end() {
		return start + length;
	}

	/** Whether the two spans share a character in the same paragraph. */
	public boolean overlaps(Suggestion o) {
		return paragraph == o.paragraph && start < o.end() && o.start < end();
	}

	/** The same suggestion under another name. */
	public Suggestion withName(String newName) {
		return new Suggestion(paragraph, start, length, category, newName, confidence, count);
	}
}
