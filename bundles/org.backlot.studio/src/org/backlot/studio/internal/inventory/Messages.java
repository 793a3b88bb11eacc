// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the store search, reservations and the studio bench. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.internal.inventory.messages"; //$NON-NLS-1$
	public static String benchUsage;
	public static String chosen;
	public static String conflict;
	public static String reserve;
	public static String reserveAll;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
