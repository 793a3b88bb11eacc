// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Shot Planning perspective: the stripboard on top, shots, blocking and storyboard below, DOOD and optimiser at the bottom. */
public class ShotsPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(ShotsUi.STRIPBOARD_VIEW, IPageLayout.TOP, 0.3f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editors); //$NON-NLS-1$
		bottom.addView(ShotsUi.DOOD_VIEW);
		bottom.addView(BacklotUi.PROBLEMS_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(BacklotUi.PROGRESS_VIEW);
		layout.addView(ShotsUi.OPTIMIZER_VIEW, IPageLayout.RIGHT, 0.42f, "bottom"); //$NON-NLS-1$
		IFolderLayout shots = layout.createFolder("shots", IPageLayout.TOP, 0.92f, editors); //$NON-NLS-1$
		shots.addView(ShotsUi.SHOTLIST_VIEW);
		shots.addView(BacklotUi.EXPLORER_VIEW);
		layout.addView(ShotsUi.BLOCKING_VIEW, IPageLayout.RIGHT, 0.38f, "shots"); //$NON-NLS-1$
		layout.addView(ShotsUi.STORYBOARD_VIEW, IPageLayout.RIGHT, 0.55f, ShotsUi.BLOCKING_VIEW);
		for (String id : new String[] { ShotsUi.STRIPBOARD_VIEW, ShotsUi.SHOTLIST_VIEW, ShotsUi.BLOCKING_VIEW, ShotsUi.STORYBOARD_VIEW,
				ShotsUi.DOOD_VIEW, ShotsUi.OPTIMIZER_VIEW, BacklotUi.EXPLORER_VIEW }) {
			layout.addShowViewShortcut(id);
		}
		layout.addPerspectiveShortcut(BacklotUi.PRODUCTION_PERSPECTIVE);
		layout.addPerspectiveShortcut("org.backlot.breakdown.ui.perspective"); //$NON-NLS-1$
	}
}
