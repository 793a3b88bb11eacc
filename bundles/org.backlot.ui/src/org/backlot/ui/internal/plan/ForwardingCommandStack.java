// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.backlot.ui.api.ModelEdits;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * The GEF edit domain's command stack: it keeps no history of its own but runs
 * every command on the production's EMF command stack, so that Undo/Redo are
 * the workbench's and every view shares them.
 */
public final class ForwardingCommandStack extends CommandStack {
	private final Supplier<ProductionDocument> document;

	/** Forwards to the command stack of whichever production the supplier gives (nothing when null). */
	public ForwardingCommandStack(Supplier<ProductionDocument> document) {
		this.document = document;
	}

	@Override
	public void execute(Command command) {
		ProductionDocument doc = document.get();
		if (command == null || !command.canExecute() || doc == null) {
			return;
		}
		List<EmfCommand> parts = new ArrayList<>();
		if (flatten(command, parts)) {
			org.eclipse.emf.common.command.Command emf = parts.size() == 1 ? parts.get(0).emf() : compound(command, parts);
			doc.domain().getCommandStack().execute(emf);
		} else {
			// a plain GEF command: record what it changes as one EMF command
			ModelEdits.run(doc, command.getLabel(), command::execute);
		}
		notifyListeners();
	}

	private static org.eclipse.emf.common.command.Command compound(Command command, List<EmfCommand> parts) {
		String label = command.getLabel() != null ? command.getLabel() : parts.get(0).getLabel();
		CompoundCommand c = new CompoundCommand(label);
		for (EmfCommand p : parts) {
			c.append(p.emf());
		}
		return c;
	}

	/** Collects the EMF commands of a GEF command tree; false if some leaf is not EMF-backed. */
	private static boolean flatten(Command command, List<EmfCommand> out) {
		if (command instanceof EmfCommand e) {
			out.add(e);
			return true;
		}
		if (command instanceof org.eclipse.gef.commands.CompoundCommand c) {
			for (Object child : c.getCommands()) {
				if (!flatten((Command) child, out)) {
					return false;
				}
			}
			return !out.isEmpty();
		}
		return false;
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public boolean canRedo() {
		return false;
	}

	@Override
	public void undo() {
		ProductionDocument doc = document.get();
		if (doc != null) {
			doc.domain().getCommandStack().undo();
		}
	}

	@Override
	public void redo() {
		ProductionDocument doc = document.get();
		if (doc != null) {
			doc.domain().getCommandStack().redo();
		}
	}
}
