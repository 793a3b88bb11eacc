// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

/** Page lengths in eighths of a page, written the way crews write them: "1 3/8", "7/8", "2". */
public final class Eighths {
	private Eighths() {
	}

	/** Formats a number of eighths. */
	public static String format(int eighths) {
		int pages = eighths / 8;
		int rest = Math.abs(eighths % 8);
		if (rest == 0) {
			return Integer.toString(pages);
		}
		String fraction = rest + "/8"; //$NON-NLS-1$
		return pages == 0 ? fraction : pages + " " + fraction; //$NON-NLS-1$
	}
}
