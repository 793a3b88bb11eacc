// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

/**
 * An element a tagger found in a scene, tied to the exact text it came from.
 *
 * @param paragraph  index of the paragraph in {@link SceneText#paragraphs()}
 * @param start      offset of the span in that paragraph's text
 * @param length     length of the span
 * @param category   the category key ("cast", "props", "weapons", ...)
 * @param name       the element's normalised name ("Revolver", "林晓")
 * @param confidence 0 to 1
 * @param count      people, for extras; else 0
 */
public record TagSuggestion(int paragraph, int start, int length, String category, String name, double confidence,
		int count) {
}
