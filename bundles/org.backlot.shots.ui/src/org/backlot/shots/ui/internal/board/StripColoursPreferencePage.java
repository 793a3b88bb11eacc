// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > Stripboard: the four strip colours (INT/EXT by day and night). */
public class StripColoursPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	/** A grid page on the shared preference store. */
	public StripColoursPreferencePage() {
		super(GRID);
		setPreferenceStore(BacklotUi.preferences());
		StripColours.defaults(BacklotUi.preferences());
		setDescription(Messages.prefDescription);
	}

	@Override
	protected void createFieldEditors() {
		addField(new ColorFieldEditor(StripColours.INT_DAY, Messages.prefIntDay, getFieldEditorParent()));
		addField(new ColorFieldEditor(StripColours.EXT_DAY, Messages.prefExtDay, getFieldEditorParent()));
		addField(new ColorFieldEditor(StripColours.INT_NIGHT, Messages.prefIntNight, getFieldEditorParent()));
		addField(new ColorFieldEditor(StripColours.EXT_NIGHT, Messages.prefExtNight, getFieldEditorParent()));
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}
}
