// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the board check. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.schedule.internal.messages"; //$NON-NLS-1$
	public static String unscheduled;
	public static String broken;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
