// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import org.eclipse.osgi.util.NLS;

/** Texts of the submission adapters and the file exchange. */
public final class Messages extends NLS {
	public static String badDecision;
	public static String notUtf8;
	public static String notJson;
	public static String notObject;
	public static String missingField;
	public static String notText;
	public static String badStatus;
	public static String badTime;
	public static String noId;
	public static String missingDocument;
	public static String adapterFailed;
	public static String noReference;
	public static String noStatus;
	public static String duplicateAdapter;
	public static String missingAttribute;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
