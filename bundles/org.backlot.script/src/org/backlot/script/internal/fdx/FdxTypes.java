// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.util.Locale;

import org.backlot.script.api.ElementType;

/** Final Draft paragraph types and the element types they stand for, both ways. */
final class FdxTypes {
	private static final String OUTLINE = "outline "; //$NON-NLS-1$

	private FdxTypes() {
	}

	/**
	 * The element type of a paragraph type (Action or General centred is centred
	 * text; a missing type is action), or null when the type is unknown.
	 */
	static ElementType read(String type, String alignment) {
		if (type == null || type.isBlank()) {
			return ElementType.ACTION;
		}
		String t = type.strip().toLowerCase(Locale.ROOT);
		return switch (t) {
		case "scene heading" -> ElementType.HEADING; //$NON-NLS-1$
		case "action", "general" -> "center".equalsIgnoreCase(alignment) ? ElementType.CENTERED : ElementType.ACTION; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "character" -> ElementType.CHARACTER; //$NON-NLS-1$
		case "dialogue" -> ElementType.DIALOGUE; //$NON-NLS-1$
		case "parenthetical" -> ElementType.PARENTHETICAL; //$NON-NLS-1$
		case "transition" -> ElementType.TRANSITION; //$NON-NLS-1$
		case "shot" -> ElementType.SHOT; //$NON-NLS-1$
		case "cast list" -> ElementType.CAST_LIST; //$NON-NLS-1$
		case "lyrics", "lyric", "singing" -> ElementType.LYRIC; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "new act", "end of act", "act break", "teaser", "cold opening", "tag" -> ElementType.CENTERED; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		case "outline body" -> ElementType.SYNOPSIS; //$NON-NLS-1$
		default -> t.startsWith(OUTLINE) && depth(type) > 0 ? ElementType.SECTION : null;
		};
	}

	/** The depth of an "Outline N" type, else 0. */
	static int depth(String type) {
		String t = type.strip().toLowerCase(Locale.ROOT);
		if (!t.startsWith(OUTLINE)) {
			return 0;
		}
		String n = t.substring(OUTLINE.length()).strip();
		if (n.isEmpty() || n.length() > 2) {
			return 0;
		}
		for (int i = 0; i < n.length(); i++) {
			if (!Character.isDigit(n.charAt(i))) {
				return 0;
			}
		}
		return Integer.parseInt(n);
	}

	/** The paragraph type to write for an element type (NOTE and PAGE_BREAK are not paragraphs). */
	static String write(ElementType type, int depth) {
		return switch (type) {
		case HEADING -> "Scene Heading"; //$NON-NLS-1$
		case CHARACTER -> "Character"; //$NON-NLS-1$
		case DIALOGUE -> "Dialogue"; //$NON-NLS-1$
		case PARENTHETICAL -> "Parenthetical"; //$NON-NLS-1$
		case TRANSITION -> "Transition"; //$NON-NLS-1$
		case SHOT -> "Shot"; //$NON-NLS-1$
		case LYRIC -> "Lyrics"; //$NON-NLS-1$
		case CAST_LIST -> "Cast List"; //$NON-NLS-1$
		case SECTION -> "Outline " + Math.max(1, depth); //$NON-NLS-1$
		case SYNOPSIS -> "Outline Body"; //$NON-NLS-1$
		default -> "Action"; //$NON-NLS-1$
		};
	}
}
