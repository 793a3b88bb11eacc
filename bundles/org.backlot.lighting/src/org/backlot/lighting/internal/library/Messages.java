// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.library;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the fixture libraries. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.internal.library.messages"; //$NON-NLS-1$
	public static String genericLibrary;
	public static String noId;
	public static String noSource;
	public static String duplicateId;
	public static String fileNotFound;
	public static String cannotRead;
	public static String badJson;
	public static String notALibrary;
	public static String badEntry;
	public static String notAnObject;
	public static String missing;
	public static String notANumber;
	public static String notAString;
	public static String negative;
	public static String notPositive;
	public static String unknownKind;
	public static String unknownCurve;
	public static String beamField;
	public static String duplicateType;
	public static String typesFailed;
	public static String builtInMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
