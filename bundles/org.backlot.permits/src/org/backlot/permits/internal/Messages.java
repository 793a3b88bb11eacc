// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the authority registry. */
public final class Messages extends NLS {
	public static String duplicateAuthority;
	public static String missingAttribute;
	public static String badAttribute;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
