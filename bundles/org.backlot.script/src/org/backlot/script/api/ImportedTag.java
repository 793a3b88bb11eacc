// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * A breakdown tag that the file itself carries (Final Draft's TagData): the
 * element's name, its category as the file names it, and the span it marks.
 *
 * @param element  index of the element in {@link ParsedScript#elements()}
 * @param start    offset of the tagged text in the element's text
 * @param length   length of the tagged text
 * @param category the category as named in the file ("Props", "Cast Members")
 * @param name     the element's name ("Revolver")
 */
public record ImportedTag(int element, int start, int length, String category, String name) {
}
