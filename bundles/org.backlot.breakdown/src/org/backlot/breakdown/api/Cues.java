// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import org.backlot.breakdown.internal.tagging.Names;

/**
 * Character names from cues: "BOB (V.O.)", "MARY (CONT'D) ^", "林晓（画外音）"
 * all name the character without the extension.
 */
public final class Cues {
	private Cues() {
	}

	/** The character's name: extensions, '^' and '@' removed, spaces folded, Latin letters upper case. */
	public static String name(String cue) {
		return Names.key(cue);
	}
}
