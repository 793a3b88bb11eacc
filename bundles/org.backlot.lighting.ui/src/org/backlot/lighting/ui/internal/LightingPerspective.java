// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Previs Lighting perspective: the light plot, the camera preview and the
 * look assistant on top; the fixture's settings and the readouts below.
 */
public class LightingPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout lower = layout.createFolder("lower", IPageLayout.BOTTOM, 0.6f, editors); //$NON-NLS-1$
		lower.addView(LightingUi.FIXTURE_VIEW);
		lower.addView(IPageLayout.ID_PROP_SHEET);
		lower.addView(BacklotUi.EXPLORER_VIEW);
		IFolderLayout readouts = layout.createFolder("readouts", IPageLayout.RIGHT, 0.34f, "lower"); //$NON-NLS-1$ //$NON-NLS-2$
		readouts.addView(LightingUi.READOUTS_VIEW);
		readouts.addView(BacklotUi.PROBLEMS_VIEW);
		readouts.addView(BacklotUi.PROGRESS_VIEW);
		IFolderLayout plot = layout.createFolder("plot", IPageLayout.TOP, 0.92f, editors); //$NON-NLS-1$
		plot.addView(LightingUi.PLOT_VIEW);
		layout.addView(LightingUi.PREVIEW_VIEW, IPageLayout.RIGHT, 0.42f, "plot"); //$NON-NLS-1$
		layout.addView(LightingUi.ASSISTANT_VIEW, IPageLayout.RIGHT, 0.64f, LightingUi.PREVIEW_VIEW);
		for (String id : new String[] { LightingUi.PLOT_VIEW, LightingUi.PREVIEW_VIEW, LightingUi.READOUTS_VIEW, LightingUi.ASSISTANT_VIEW,
				LightingUi.FIXTURE_VIEW, BacklotUi.EXPLORER_VIEW }) {
			layout.addShowViewShortcut(id);
		}
		layout.addPerspectiveShortcut(BacklotUi.PRODUCTION_PERSPECTIVE);
		layout.addPerspectiveShortcut("org.backlot.shots.ui.perspective"); //$NON-NLS-1$
	}
}
