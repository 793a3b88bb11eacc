// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the Permit Applications view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.permits.ui.internal.dashboard.messages"; //$NON-NLS-1$
	public static String actionDelete;
	public static String actionDeleteTip;
	public static String actionOpen;
	public static String actionOpenTip;
	public static String allAuthorities;
	public static String colAuthority;
	public static String colClock;
	public static String colClockTip;
	public static String colDeadline;
	public static String colDeadlineTip;
	public static String colDue;
	public static String colDueTip;
	public static String colFirstDay;
	public static String colPermit;
	public static String colPlaces;
	public static String colStatus;
	public static String createLink;
	public static String deleteMany;
	public static String deleteOne;
	public static String filterAll;
	public static String filterAuthority;
	public static String filterNotApplied;
	public static String filterOpen;
	public static String filterStatus;
	public static String groupLabel;
	public static String noApplications;
	public static String noDescription;
	public static String noMatch;
	public static String notDraft;
	public static String submitBy;
	public static String summary;
	public static String summaryNoBoard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
