// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the floor plan diagrams. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.ui.internal.plan.messages"; //$NON-NLS-1$
	public static String zoomFit;
	public static String zoomIn;
	public static String zoomOut;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
