// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.List;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;

/**
 * A GEF command that carries an EMF command. It is never run on a GEF stack:
 * {@link ForwardingCommandStack} hands the EMF command to the production's
 * command stack, which owns the one undo history.
 */
public final class EmfCommand extends Command {
	private final org.eclipse.emf.common.command.Command emf;

	/** Wraps the EMF command (labelled like it). */
	public EmfCommand(org.eclipse.emf.common.command.Command emf) {
		super(emf.getLabel());
		this.emf = emf;
	}

	/** The EMF command to execute. */
	public org.eclipse.emf.common.command.Command emf() {
		return emf;
	}

	@Override
	public boolean canExecute() {
		return emf.canExecute();
	}

	@Override
	public boolean canUndo() {
		// undo belongs to the EMF stack
		return false;
	}

	/** Runs an EMF command (null: nothing) through the viewer's (forwarding) command stack. */
	public static void execute(EditPartViewer viewer, org.eclipse.emf.common.command.Command command) {
		if (command != null) {
			viewer.getEditDomain().getCommandStack().execute(new EmfCommand(command));
		}
	}

	/** Runs EMF commands as one gesture labelled like the first (none: nothing), through the viewer's command stack. */
	public static void executeAll(EditPartViewer viewer, List<org.eclipse.emf.common.command.Command> commands) {
		CompoundCommand all = new CompoundCommand();
		for (org.eclipse.emf.common.command.Command c : commands) {
			all.add(new EmfCommand(c));
		}
		if (!all.isEmpty()) {
			all.setLabel(((EmfCommand) all.getCommands().get(0)).getLabel());
			viewer.getEditDomain().getCommandStack().execute(all);
		}
	}
}
