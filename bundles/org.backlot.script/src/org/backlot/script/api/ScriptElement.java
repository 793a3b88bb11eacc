// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * One element of a screenplay as read from a file.
 *
 * @param type        what it is
 * @param text        its text; lines inside one element are separated by '\n'
 * @param sceneNumber the scene number a heading carries ("12A"), else null
 * @param dual        true for the second (right-hand) side of dual dialogue, on
 *                    the cue and all of its dialogue and parentheticals
 * @param depth       the depth of a section (number of '#'), else 0
 * @param page        where the element starts, in pages from the top of the
 *                    first script page (3.5 = half-way down page 4); NaN when the
 *                    format has no pages (the page model then lays it out)
 */
public record ScriptElement(ElementType type, String text, String sceneNumber, boolean dual, int depth, double page) {

	/** An element with no scene number, not dual, at no known page. */
	public static ScriptElement of(ElementType type, String text) {
		return new ScriptElement(type, text, null, false, 0, Double.NaN);
	}

	/** A copy at the given page position. */
	public ScriptElement atPage(double where) {
		return new ScriptElement(type, text, sceneNumber, dual, depth, where);
	}

	/** A copy marked as the second side of dual dialogue. */
	public ScriptElement asDual() {
		return new ScriptElement(type, text, sceneNumber, true, depth, page);
	}
}
