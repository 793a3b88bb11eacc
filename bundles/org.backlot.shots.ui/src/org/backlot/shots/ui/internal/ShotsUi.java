// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal;

/** Ids of the Shot Planning perspective and its views. */
public final class ShotsUi {
	/** The bundle. */
	public static final String PLUGIN_ID = "org.backlot.shots.ui"; //$NON-NLS-1$
	/** The perspective. */
	public static final String PERSPECTIVE = "org.backlot.shots.ui.perspective"; //$NON-NLS-1$
	/** The stripboard editor. */
	public static final String STRIPBOARD_VIEW = "org.backlot.shots.ui.stripboard"; //$NON-NLS-1$
	/** The shot list of the selected scene. */
	public static final String SHOTLIST_VIEW = "org.backlot.shots.ui.shotlist"; //$NON-NLS-1$
	/** The blocking diagram (GEF). */
	public static final String BLOCKING_VIEW = "org.backlot.shots.ui.blocking"; //$NON-NLS-1$
	/** The storyboard frames. */
	public static final String STORYBOARD_VIEW = "org.backlot.shots.ui.storyboard"; //$NON-NLS-1$
	/** The day-out-of-days. */
	public static final String DOOD_VIEW = "org.backlot.shots.ui.dood"; //$NON-NLS-1$
	/** The optimiser with its cost report. */
	public static final String OPTIMIZER_VIEW = "org.backlot.shots.ui.optimizer"; //$NON-NLS-1$

	private ShotsUi() {
	}
}
