// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects Edit &gt; Undo and Redo to the active production's command stack. */
public class ProductionEditorContributor extends EditorActionBarContributor {
	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		CommandStackActions actions = part instanceof ProductionEditor p ? p.stackActions() : null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions == null ? null : actions.undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions == null ? null : actions.redo());
		bars.updateActionBars();
	}
}
