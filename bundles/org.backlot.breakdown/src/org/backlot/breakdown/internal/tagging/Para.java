// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

/**
 * One paragraph of a scene as the taggers read it.
 *
 * @param type the model's paragraph type name ("HEADING", "ACTION", "CHARACTER", "DIALOGUE", "PARENTHETICAL",
 *             "TRANSITION", "CAST_LIST", ...); null reads as ""
 * @param text the text; null reads as ""
 */
public record Para(String type, String text) {
	/** Paragraph types, as the model names them. */
	public static final String HEADING = "HEADING", ACTION = "ACTION", CHARACTER = "CHARACTER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			DIALOGUE = "DIALOGUE", PARENTHETICAL = "PARENTHETICAL", TRANSITION = "TRANSITION", SHOT = "SHOT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			CAST_LIST = "CAST_LIST"; //$NON-NLS-1$

	/** Replaces null by "". */
	public Para {
		type = type == null ? "" : type; //$NON-NLS-1$
		text = text == null ? "" : text; //$NON-NLS-1$
	}

	/** Whether this paragraph describes what is seen (action, shot): where props, effects and extras are named. */
	public boolean isDescription() {
		return ACTION.equals(type) || SHOT.equals(type);
	}
}
