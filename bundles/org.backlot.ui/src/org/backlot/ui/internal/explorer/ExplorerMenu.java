// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.explorer;

import java.util.Collection;
import java.util.List;

import org.backlot.ui.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.emf.edit.ui.provider.ExtendedImageRegistry;

/**
 * The explorer's context menu: New (every child the selected object can hold,
 * from its item provider: an actor's unavailable dates, a board's events, a
 * production's holidays...), then Delete, Undo and Redo. Each creation is one command.
 */
final class ExplorerMenu {
	private ExplorerMenu() {
	}

	/** Fills the menu for a selection of the tree (its own, when the menu opens). */
	static void fill(IMenuManager menu, TreeViewer viewer, IStructuredSelection selection, EditingDomain domain, IAction delete, IAction undo,
			IAction redo) {
		Object owner = selection.size() == 1 ? selection.getFirstElement() : null;
		MenuManager create = new MenuManager(Messages.explorerNew);
		if (owner != null && domain != null) {
			Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
			for (Object descriptor : descriptors) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				if (command.canExecute()) {
					create.add(action(viewer, domain, command));
				}
			}
		}
		menu.add(create);
		menu.add(new Separator());
		menu.add(delete);
		menu.add(new Separator());
		menu.add(undo);
		menu.add(redo);
	}

	private static IAction action(TreeViewer viewer, EditingDomain domain, Command command) {
		String text = command instanceof CommandActionDelegate d ? d.getText() : command.getLabel();
		Action a = new Action(text) {
			@Override
			public void run() {
				domain.getCommandStack().execute(command);
				Collection<?> created = command.getResult();
				if (!created.isEmpty()) {
					viewer.setSelection(new StructuredSelection(created.toArray()), true);
				}
			}
		};
		if (command instanceof CommandActionDelegate d && d.getImage() != null) {
			ImageDescriptor image = ExtendedImageRegistry.getInstance().getImageDescriptor(d.getImage());
			a.setImageDescriptor(image);
		}
		a.setToolTipText(command instanceof CommandActionDelegate d ? d.getToolTipText() : command.getDescription());
		return a;
	}
}
