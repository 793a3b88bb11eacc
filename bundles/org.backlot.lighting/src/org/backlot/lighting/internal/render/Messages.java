// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the preview renderer and its benchmark command. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.internal.render.messages"; //$NON-NLS-1$
	public static String badNumber;
	public static String noArguments;
	public static String benchTitle;
	public static String benchHeader;
	public static String benchMedian;
	public static String benchNote;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
