// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Budget perspective: the Production Explorer on the left, the top-sheet
 * above the production's editor, Properties and Problems below.
 */
public class BudgetPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editors); //$NON-NLS-1$
		left.addView(BacklotUi.EXPLORER_VIEW);
		IFolderLayout top = layout.createFolder("topSheet", IPageLayout.TOP, 0.62f, editors); //$NON-NLS-1$
		top.addView(BudgetUi.TOP_SHEET_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(BacklotUi.PROBLEMS_VIEW);
		bottom.addView(BacklotUi.PROGRESS_VIEW);
		for (String id : new String[] { BudgetUi.TOP_SHEET_VIEW, BacklotUi.EXPLORER_VIEW, BacklotUi.PROBLEMS_VIEW, IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(id);
		}
		layout.addPerspectiveShortcut(BacklotUi.PRODUCTION_PERSPECTIVE);
	}
}
