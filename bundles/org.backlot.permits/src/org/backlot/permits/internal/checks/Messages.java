// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.checks;

import org.eclipse.osgi.util.NLS;

/** Texts of the permit checks. */
final class Messages extends NLS {
	public static String problem;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
