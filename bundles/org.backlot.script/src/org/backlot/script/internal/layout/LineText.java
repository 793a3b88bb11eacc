// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the words of a printed line say: headings, scene and page numbers, continueds, case. */
final class LineText {
	/** A scene heading's prefix (upper case, as printed). */
	static final Pattern HEADING_PREFIX = Pattern.compile(
			"^(?:INT\\.?\\s*/\\s*EXT|EXT\\.?\\s*/\\s*INT|I\\s*/\\s*E|E\\s*/\\s*I|INT|EXT|EST)(?:[.\\s/:\u2013\u2014-]|$)"); //$NON-NLS-1$
	/** A scene number printed in the margin: "12", "12A", "A12", "2-B", "12.". */
	static final Pattern SCENE_NUMBER = Pattern.compile("^[A-Z]?\\d{1,4}[A-Z]{0,3}(?:-[A-Z0-9]{1,3})?\\.?$"); //$NON-NLS-1$
	/** A heading with its scene number on the same run: "12 INT. HOUSE - DAY 12". */
	static final Pattern NUMBERED_HEADING = Pattern.compile(
			"^([A-Z]?\\d{1,4}[A-Z]{0,3}(?:-[A-Z0-9]{1,3})?)\\.?\\s+(.+?)(?:\\s+\\1\\.?)?$"); //$NON-NLS-1$
	/** A page number: "12.", "12", "Page 12", "- 12 -", "12/120". */
	static final Pattern PAGE_NUMBER = Pattern.compile(
			"^(?:(?:page|p\\.)\\s*)?-?\\s*\\d{1,4}[A-Z]?\\s*-?\\.?(?:\\s*(?:/|of)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	/** "(MORE)" at the foot of a page where a speech breaks. */
	static final Pattern MORE = Pattern.compile("^\\(\\s*MORE\\s*\\)$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	/** Scene continueds: "(CONTINUED)", "CONTINUED:", "12 CONTINUED: (2) 12". */
	static final Pattern CONTINUED = Pattern.compile(
			"^(?:[A-Z]?\\d{1,4}[A-Z]{0,3}\\.?\\s+)?\\(?\\s*CONTINUED\\s*\\)?\\s*:?\\s*(?:\\(\\d+\\))?(?:\\s+[A-Z]?\\d{1,4}[A-Z]{0,3}\\.?)?$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	/** A revision mark printed in the right margin beside a changed line. */
	static final Pattern REVISION_MARK = Pattern.compile("^[*]{1,3}$"); //$NON-NLS-1$
	/** Words that open a shot rather than a scene. */
	static final Pattern SHOT = Pattern.compile(
			"^(?:CLOSE ON|CLOSE UP|CLOSE-UP|CLOSEUP|EXTREME CLOSE|ECU|ANGLE ON|NEW ANGLE|REVERSE ANGLE|ANGLE|INSERT|WIDE ON|WIDE SHOT|WIDE|TIGHT ON|TWO SHOT|OVER THE SHOULDER|OTS|POV|P\\.O\\.V\\.|BACK TO SCENE|BACK ON|AERIAL|OVERHEAD|TRACKING|MOVING)\\b"); //$NON-NLS-1$
	/** Upper-case lines that are transitions even at the action margin or without "TO:". */
	static final Pattern TRANSITION = Pattern.compile(
			"^(?:.*\\bTO:|FADE OUT\\.?|FADE TO BLACK\\.?|CUT TO BLACK\\.?|FADE OUT:|SMASH CUT:?|CUT:)$"); //$NON-NLS-1$
	/** Upper-case lines that are never a standalone heading. */
	static final Pattern NOT_HEADING = Pattern.compile("^(?:THE END|END|FADE IN|BLACK|BLACKOUT|TITLE|CREDITS|END CREDITS)$"); //$NON-NLS-1$
	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)?"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$
	private static final Pattern DIGITS = Pattern.compile("\\d+"); //$NON-NLS-1$

	private LineText() {
	}

	/** True when the text has an upper-case letter and no lower-case one outside brackets ("BOB (cont'd)"). */
	static boolean upper(String text) {
		boolean seen = false;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth = Math.max(0, depth - 1);
			} else if (depth == 0) {
				if (Character.isLowerCase(c)) {
					return false;
				}
				seen |= Character.isUpperCase(c);
			}
		}
		return seen;
	}

	/** True when the text has no lower-case letter at all. */
	static boolean allUpper(String text) {
		boolean seen = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			seen |= Character.isUpperCase(c);
		}
		return seen;
	}

	/** The speaker a cue names, without extensions: "BOB (CONT'D)" and "BOB (V.O.)" give "BOB". */
	static String speaker(String cue) {
		return SPACES.matcher(PARENTHESES.matcher(cue).replaceAll(" ")).replaceAll(" ").strip() //$NON-NLS-1$ //$NON-NLS-2$
				.toUpperCase(Locale.ROOT);
	}

	/** Opening brackets minus closing ones. */
	static int balance(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			}
		}
		return depth;
	}

	/** Number of words. */
	static int words(String text) {
		String s = text.strip();
		return s.isEmpty() ? 0 : SPACES.split(s).length;
	}

	/** A key that is the same for a running header on every page: digits and spacing ignored. */
	static String furnitureKey(String text) {
		return SPACES.matcher(DIGITS.matcher(text).replaceAll("#")).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
