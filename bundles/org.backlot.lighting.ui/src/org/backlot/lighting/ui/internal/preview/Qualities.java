// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import org.backlot.lighting.api.Quality;

/** The names of the render qualities as the status line shows them. */
final class Qualities {
	private Qualities() {
	}

	/** A quality's name ("soft shadows"). */
	static String name(Quality q) {
		if (q == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (q) {
		case NO_SHADOWS -> Messages.qualityDraft;
		case HARD_SHADOWS -> Messages.qualityHard;
		case SOFT_SHADOWS -> Messages.qualitySoft;
		case BOUNCE -> Messages.qualityBounce;
		};
	}
}
