// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Permits perspective: the applications by authority and status on the
 * left, the calendar of shoot days and their coverage on the right, the
 * application editor across the bottom.
 */
public class PermitsPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout lower = layout.createFolder("lower", IPageLayout.BOTTOM, 0.52f, editors); //$NON-NLS-1$
		lower.addView(PermitsUi.EDITOR_VIEW);
		lower.addView(BacklotUi.PROBLEMS_VIEW);
		lower.addView(IPageLayout.ID_PROP_SHEET);
		lower.addView(BacklotUi.PROGRESS_VIEW);
		IFolderLayout applications = layout.createFolder("applications", IPageLayout.TOP, 0.92f, editors); //$NON-NLS-1$
		applications.addView(PermitsUi.APPLICATIONS_VIEW);
		applications.addView(BacklotUi.EXPLORER_VIEW);
		layout.addView(PermitsUi.CALENDAR_VIEW, IPageLayout.RIGHT, 0.6f, "applications"); //$NON-NLS-1$
		for (String id : new String[] { PermitsUi.APPLICATIONS_VIEW, PermitsUi.CALENDAR_VIEW, PermitsUi.EDITOR_VIEW, BacklotUi.EXPLORER_VIEW,
				BacklotUi.PROBLEMS_VIEW }) {
			layout.addShowViewShortcut(id);
		}
		layout.addPerspectiveShortcut(BacklotUi.PRODUCTION_PERSPECTIVE);
		layout.addPerspectiveShortcut(PermitsUi.SHOTS_PERSPECTIVE);
	}
}
