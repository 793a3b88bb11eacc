// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that carries an EMF command. It is never run on a GEF stack:
 * {@link ForwardingCommandStack} hands the EMF command to the production's
 * command stack, which owns the one undo history.
 */
final class EmfCommand extends Command {
	private final org.eclipse.emf.common.command.Command emf;

	/** Wraps the EMF command (labelled like it). */
	EmfCommand(org.eclipse.emf.common.command.Command emf) {
		super(emf.getLabel());
		this.emf = emf;
	}

	/** The EMF command to execute. */
	org.eclipse.emf.common.command.Command emf() {
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
}
