// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Character names from cues: "BOB (V.O.)", "MARY (CONT'D) ^", "林晓（画外音）"
 * all name the character without the extension.
 */
public final class Cues {
	private static final Pattern EXTENSIONS = Pattern.compile("\\s*[(（][^)）]*[)）]"); //$NON-NLS-1$

	private Cues() {
	}

	/** The character's name: extensions, '^' and '@' removed, Latin letters upper case. */
	public static String name(String cue) {
		if (cue == null) {
			return ""; //$NON-NLS-1$
		}
		String s = EXTENSIONS.matcher(cue).replaceAll(""); //$NON-NLS-1$
		s = s.replace("^", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (s.startsWith("@")) { //$NON-NLS-1$
			s = s.substring(1).strip();
		}
		return s.toUpperCase(Locale.ROOT);
	}
}
