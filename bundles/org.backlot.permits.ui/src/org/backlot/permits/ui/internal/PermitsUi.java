// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

/** Ids of the Permits perspective, its views and its command. */
public final class PermitsUi {
	/** The bundle. */
	public static final String PLUGIN_ID = "org.backlot.permits.ui"; //$NON-NLS-1$
	/** The perspective. */
	public static final String PERSPECTIVE = "org.backlot.permits.ui.perspective"; //$NON-NLS-1$
	/** The applications by authority and status, with their clocks. */
	public static final String APPLICATIONS_VIEW = "org.backlot.permits.ui.applications"; //$NON-NLS-1$
	/** Shoot days against authorities, coloured by coverage. */
	public static final String CALENDAR_VIEW = "org.backlot.permits.ui.calendar"; //$NON-NLS-1$
	/** The selected application's fields, checklist, documents, status and history. */
	public static final String EDITOR_VIEW = "org.backlot.permits.ui.editor"; //$NON-NLS-1$
	/** Create Missing Applications. */
	public static final String CREATE_MISSING_COMMAND = "org.backlot.permits.ui.commands.createMissing"; //$NON-NLS-1$
	/** The Shot Planning perspective, where boards are built. */
	public static final String SHOTS_PERSPECTIVE = "org.backlot.shots.ui.perspective"; //$NON-NLS-1$

	private PermitsUi() {
	}
}
