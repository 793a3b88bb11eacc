// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Production perspective: the explorer, the production's overview, and its properties. */
public class ProductionPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.26f, editors); //$NON-NLS-1$
		left.addView(BacklotUi.EXPLORER_VIEW);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.68f, editors); //$NON-NLS-1$
		right.addView(BacklotUi.WELCOME_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(BacklotUi.PROBLEMS_VIEW);
		bottom.addView(BacklotUi.PROGRESS_VIEW);
		layout.addNewWizardShortcut("org.backlot.ui.wizards.newProduction"); //$NON-NLS-1$
		layout.addShowViewShortcut(BacklotUi.EXPLORER_VIEW);
		layout.addShowViewShortcut(BacklotUi.WELCOME_VIEW);
		layout.addShowViewShortcut(BacklotUi.PROBLEMS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(BacklotUi.PROGRESS_VIEW);
	}
}
