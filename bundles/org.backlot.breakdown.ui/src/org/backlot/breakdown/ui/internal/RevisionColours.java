// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.backlot.model.script.RevisionColour;

/** The paper colours of script revisions (white, blue, pink, yellow, ...), as the industry prints them. */
final class RevisionColours {
	private RevisionColours() {
	}

	static String hex(RevisionColour c) {
		return switch (c) {
		case BLUE -> "#7fb2ff"; //$NON-NLS-1$
		case PINK -> "#ff9ecb"; //$NON-NLS-1$
		case YELLOW -> "#ffe55c"; //$NON-NLS-1$
		case GREEN -> "#8fe08f"; //$NON-NLS-1$
		case GOLDENROD -> "#e0b640"; //$NON-NLS-1$
		case BUFF -> "#f0dcb0"; //$NON-NLS-1$
		case SALMON -> "#ff9f80"; //$NON-NLS-1$
		case CHERRY -> "#e05070"; //$NON-NLS-1$
		default -> "#ffffff"; //$NON-NLS-1$
		};
	}
}
