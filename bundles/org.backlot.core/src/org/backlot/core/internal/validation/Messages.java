// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Localised validation messages. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.core.internal.validation.messages"; //$NON-NLS-1$
	public static String doubleBooking;
	public static String duplicateCastNumber;
	public static String duplicateSceneNumber;
	public static String elementWithoutCategory;
	public static String endBeforeStart;
	public static String fieldAuthority;
	public static String fieldHeadCount;
	public static String fieldLocations;
	public static String fieldPeriods;
	public static String fieldPersonInCharge;
	public static String permitMissingField;
	public static String shootDayOutsideProduction;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
