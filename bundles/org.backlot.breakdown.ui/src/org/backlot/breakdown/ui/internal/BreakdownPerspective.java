// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Script Breakdown perspective: scenes, the script page, the breakdown sheet, the element list. */
public class BreakdownPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// the production's editor stays reachable in a small strip under the script
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors); //$NON-NLS-1$
		left.addView(BreakdownUi.SCENES_VIEW);
		left.addView(BacklotUi.EXPLORER_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors); //$NON-NLS-1$
		bottom.addView(BreakdownUi.ELEMENTS_VIEW);
		bottom.addView(BacklotUi.PROBLEMS_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(BacklotUi.PROGRESS_VIEW);
		layout.addView(BreakdownUi.MATCHES_VIEW, IPageLayout.RIGHT, 0.6f, "bottom"); //$NON-NLS-1$
		layout.addView(BreakdownUi.SCRIPT_VIEW, IPageLayout.TOP, 0.8f, editors);
		layout.addView(BreakdownUi.SHEET_VIEW, IPageLayout.RIGHT, 0.6f, BreakdownUi.SCRIPT_VIEW);
		layout.addShowViewShortcut(BreakdownUi.SCENES_VIEW);
		layout.addShowViewShortcut(BreakdownUi.SCRIPT_VIEW);
		layout.addShowViewShortcut(BreakdownUi.SHEET_VIEW);
		layout.addShowViewShortcut(BreakdownUi.ELEMENTS_VIEW);
		layout.addShowViewShortcut(BreakdownUi.MATCHES_VIEW);
		layout.addShowViewShortcut(BacklotUi.EXPLORER_VIEW);
		layout.addPerspectiveShortcut(BacklotUi.PRODUCTION_PERSPECTIVE);
	}
}
