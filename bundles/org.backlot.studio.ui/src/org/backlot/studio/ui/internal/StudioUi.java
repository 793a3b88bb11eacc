// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

/** Ids of the Studio perspective and its views. */
public final class StudioUi {
	/** The bundle. */
	public static final String PLUGIN_ID = "org.backlot.studio.ui"; //$NON-NLS-1$
	/** The perspective. */
	public static final String PERSPECTIVE = "org.backlot.studio.ui.perspective"; //$NON-NLS-1$
	/** The registers: inventory, extras, apartments, stages, locations, digital assets. */
	public static final String REGISTERS_VIEW = "org.backlot.studio.ui.registers"; //$NON-NLS-1$
	/** The photo, details and panorama of what the registers select. */
	public static final String PREVIEW_VIEW = "org.backlot.studio.ui.preview"; //$NON-NLS-1$
	/** Bookings by resource and day. */
	public static final String CALENDAR_VIEW = "org.backlot.studio.ui.calendar"; //$NON-NLS-1$
	/** The open production's needs matched to the studio. */
	public static final String MATCH_VIEW = "org.backlot.studio.ui.match"; //$NON-NLS-1$
	/** Conflicts across productions. */
	public static final String CONFLICTS_VIEW = "org.backlot.studio.ui.conflicts"; //$NON-NLS-1$

	private StudioUi() {
	}
}
