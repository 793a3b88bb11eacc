// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

/**
 * How the lines handed to {@link LayoutClassifier} are measured.
 *
 * @param lineHeight    distance between two lines of body text, in the unit of y
 * @param top           y of the top of the body text on a page
 * @param usable        height of the body text area of a page, in the unit of y
 * @param defaultMargin the action margin in inches to assume when the document shows none (NaN: use the leftmost line)
 * @param paged         true when the pages are real, so elements get page positions
 */
public record PageGeometry(double lineHeight, double top, double usable, double defaultMargin, boolean paged) {
}
