// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Studio perspective: the registers with search and filters, the photo
 * or panorama of the selection beside them; below, the booking calendar and,
 * beside it, the open production's needs matched to the studio and the
 * conflicts across productions.
 */
public class StudioPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout lower = layout.createFolder("lower", IPageLayout.BOTTOM, 0.55f, editors); //$NON-NLS-1$
		lower.addView(StudioUi.CALENDAR_VIEW);
		lower.addView(BacklotUi.PROGRESS_VIEW);
		IFolderLayout needs = layout.createFolder("needs", IPageLayout.RIGHT, 0.56f, "lower"); //$NON-NLS-1$ //$NON-NLS-2$
		needs.addView(StudioUi.MATCH_VIEW);
		needs.addView(StudioUi.CONFLICTS_VIEW);
		needs.addView(BacklotUi.PROBLEMS_VIEW);
		needs.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout registers = layout.createFolder("registers", IPageLayout.TOP, 0.92f, editors); //$NON-NLS-1$
		registers.addView(StudioUi.REGISTERS_VIEW);
		registers.addView(BacklotUi.EXPLORER_VIEW);
		IFolderLayout preview = layout.createFolder("preview", IPageLayout.RIGHT, 0.62f, "registers"); //$NON-NLS-1$ //$NON-NLS-2$
		preview.addView(StudioUi.PREVIEW_VIEW);
		for (String id : new String[] { StudioUi.REGISTERS_VIEW, StudioUi.PREVIEW_VIEW, StudioUi.CALENDAR_VIEW, StudioUi.MATCH_VIEW,
				StudioUi.CONFLICTS_VIEW, BacklotUi.EXPLORER_VIEW, BacklotUi.PROBLEMS_VIEW }) {
			layout.addShowViewShortcut(id);
		}
		layout.addPerspectiveShortcut(BacklotUi.PRODUCTION_PERSPECTIVE);
	}
}
