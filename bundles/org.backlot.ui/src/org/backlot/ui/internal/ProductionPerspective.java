// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Production perspective: the home of the suite. The editor area (where a
 * production's documents open) is shown as soon as a document is opened.
 */
public class ProductionPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout main = layout.createFolder("main", IPageLayout.LEFT, 0.5f, editors); //$NON-NLS-1$
		main.addView(BacklotUi.WELCOME_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, "main"); //$NON-NLS-1$ //$NON-NLS-2$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(BacklotUi.PROGRESS_VIEW);
		layout.addShowViewShortcut(BacklotUi.WELCOME_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(BacklotUi.PROGRESS_VIEW);
	}
}
