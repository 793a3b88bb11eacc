// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the lighting engine. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.internal.messages"; //$NON-NLS-1$
	public static String noType;
	public static String meshUnreadable;
	public static String objLine;
	public static String objEmpty;
	public static String pictureUnreadable;
	public static String notAnImage;
	public static String warnClipping;
	public static String warnTooDark;
	public static String warnDeepShadow;
	public static String warnColourCast;
	public static String warnMixed;
	public static String warnUnlit;
	public static String green;
	public static String magenta;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
