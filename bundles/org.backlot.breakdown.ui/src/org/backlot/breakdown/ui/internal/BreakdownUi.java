// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

/** Ids of the breakdown perspective's parts. */
public final class BreakdownUi {
	/** The perspective. */
	public static final String PERSPECTIVE = "org.backlot.breakdown.ui.perspective"; //$NON-NLS-1$
	/** The scene navigator. */
	public static final String SCENES_VIEW = "org.backlot.breakdown.ui.scenes"; //$NON-NLS-1$
	/** The script page view. */
	public static final String SCRIPT_VIEW = "org.backlot.breakdown.ui.script"; //$NON-NLS-1$
	/** The breakdown sheet of the selected scene. */
	public static final String SHEET_VIEW = "org.backlot.breakdown.ui.sheet"; //$NON-NLS-1$
	/** The element list. */
	public static final String ELEMENTS_VIEW = "org.backlot.breakdown.ui.elements"; //$NON-NLS-1$
	/** The store items that could serve the selected element. */
	public static final String MATCHES_VIEW = "org.backlot.breakdown.ui.matches"; //$NON-NLS-1$
	/** The import wizard. */
	public static final String IMPORT_WIZARD = "org.backlot.breakdown.ui.importScript"; //$NON-NLS-1$

	private BreakdownUi() {
	}
}
