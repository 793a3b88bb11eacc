// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.permits.api.Requirement;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A view of the Permits perspective: it follows the active production and
 * what is selected elsewhere, reads the permit rules' {@link Snapshot}, says
 * what to do when there is nothing to show, and runs its edits as commands on
 * the production's one command stack (Undo and Redo are the production's).
 */
public abstract class PermitsViewPart extends ProductionViewPart {
	private static final String OPEN_COMMAND = "org.backlot.ui.commands.open"; //$NON-NLS-1$

	/** Call at the end of {@code createPartControl}: follows the production and the selection. */
	protected final void startFollowing() {
		followSelection(this::selected);
		startTracking();
	}

	private void selected(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection s && !s.isEmpty() && production() != null) {
			selectionChanged(s.getFirstElement());
		}
	}

	/** Something was selected in another part (a permit application, a requirement, anything else). */
	protected void selectionChanged(Object selected) {
	}

	@Override
	protected void show(ProductionDocument doc) {
		undoRedoFor(doc);
		refresh();
	}

	/** The permit rules' view of the active production, or null when none is open. */
	public final Snapshot snapshot() {
		Production p = production();
		return p == null ? null : Snapshot.of(p);
	}

	/** Why there is nothing to show (no production, no board, the rules failed), or null. */
	protected final String emptyReason(Snapshot s) {
		if (s == null) {
			return Messages.noProduction;
		}
		if (s.board() == null) {
			return Messages.noSchedule;
		}
		return s.problem();
	}

	/** What an empty state's link does: open a production when none is, else go to Shot Planning to build a board. */
	protected final void emptyLink() {
		try {
			if (production() == null) {
				getSite().getService(IHandlerService.class).executeCommand(OPEN_COMMAND, null);
			} else {
				PlatformUI.getWorkbench().showPerspective(PermitsUi.SHOTS_PERSPECTIVE, getSite().getWorkbenchWindow());
			}
		} catch (WorkbenchException | org.eclipse.core.commands.common.CommandException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	/** Executes a command on the production's command stack; returns whether it ran. */
	public final boolean execute(Command command) {
		if (document() == null || command == null || !command.canExecute()) {
			return false;
		}
		document().domain().getCommandStack().execute(command);
		return true;
	}

	/** The application an object selected somewhere stands for (an application, its part, a requirement covered), or null. */
	public static PermitApplication applicationOf(Object o) {
		if (o instanceof PermitApplication a) {
			return a;
		}
		if (o instanceof Requirement r) {
			return r.application();
		}
		if (o instanceof org.backlot.permits.api.Conflict c) {
			return c.application() != null ? c.application() : c.requirement() == null ? null : c.requirement().application();
		}
		if (o instanceof org.eclipse.emf.ecore.EObject e && e.eContainer() instanceof PermitApplication a) {
			return a;
		}
		return null;
	}
}
