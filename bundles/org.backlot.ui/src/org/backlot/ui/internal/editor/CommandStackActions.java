// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import org.backlot.ui.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo and Redo on a production's command stack, labelled with what they will undo ("Undo Set Title"). */
public final class CommandStackActions implements CommandStackListener {
	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			stack.undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			stack.redo();
		}
	};

	/** Creates the actions for a stack; call {@link #dispose()} when done. */
	public CommandStackActions(CommandStack stack) {
		this.stack = stack;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		stack.addCommandStackListener(this);
		update();
	}

	/** The Undo action. */
	public Action undo() {
		return undo;
	}

	/** The Redo action. */
	public Action redo() {
		return redo;
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	private void update() {
		Command u = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(u == null ? Messages.undo : NLS.bind(Messages.undoCommand, label(u)));
		Command r = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText(r == null ? Messages.redo : NLS.bind(Messages.redoCommand, label(r)));
	}

	private static String label(Command c) {
		return c.getLabel() == null ? "" : c.getLabel(); //$NON-NLS-1$
	}

	/** Stops listening to the stack. */
	public void dispose() {
		stack.removeCommandStackListener(this);
	}
}
