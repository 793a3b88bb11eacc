// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.pdf;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the PDF importer. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.script.internal.pdf.messages"; //$NON-NLS-1$
	public static String notPdf;
	public static String noPages;
	public static String encrypted;
	public static String corrupt;
	public static String noText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
