// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * Runs a change to the model as one undoable command on the production's
 * command stack, labelled for the Edit menu ("Undo Tag 'revolver' as Weapons").
 * The change is recorded as it happens, so any model code can be wrapped.
 */
public final class ModelEdits {
	private ModelEdits() {
	}

	/** Executes {@code change} as a command named {@code label}. */
	public static void run(ProductionDocument document, String label, Runnable change) {
		ChangeCommand command = new ChangeCommand(document.production()) {
			@Override
			protected void doExecute() {
				change.run();
			}
		};
		command.setLabel(label);
		command.setDescription(label);
		document.domain().getCommandStack().execute(command);
	}
}
