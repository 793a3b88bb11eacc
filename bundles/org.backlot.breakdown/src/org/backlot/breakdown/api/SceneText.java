// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.List;

/**
 * A scene as taggers read it: its heading and its paragraphs in order.
 *
 * @param heading    the heading as written
 * @param paragraphs the paragraphs; tag spans refer to their index and text
 */
public record SceneText(String heading, List<Para> paragraphs) {

	/**
	 * One paragraph.
	 *
	 * @param type the model's paragraph type name ("ACTION", "CHARACTER", "DIALOGUE", "CAST_LIST", ...)
	 * @param text the text
	 */
	public record Para(String type, String text) {
	}
}
