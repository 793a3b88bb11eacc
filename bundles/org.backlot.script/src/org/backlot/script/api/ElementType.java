// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * The kind of a screenplay element as an importer reads it; the names match
 * the model's {@code ParagraphType} literals one to one.
 */
public enum ElementType {
	/** A scene heading (slug line). */
	HEADING,
	/** Action (description). */
	ACTION,
	/** A character cue, as written, extension included ("BOB (V.O.)"). */
	CHARACTER,
	/** A line of dialogue. */
	DIALOGUE,
	/** A parenthetical inside dialogue, with its brackets. */
	PARENTHETICAL,
	/** A transition ("CUT TO:"). */
	TRANSITION,
	/** A shot ("CLOSE ON"). */
	SHOT,
	/** Centred text. */
	CENTERED,
	/** Lyrics. */
	LYRIC,
	/** A writer's note (not printed). */
	NOTE,
	/** A section heading (outline; depth 1 to 6). */
	SECTION,
	/** A synopsis (outline). */
	SYNOPSIS,
	/** A forced page break. */
	PAGE_BREAK,
	/** A cast list line ("人物：林晓、陈默"), which names who is in the scene. */
	CAST_LIST
}
