// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import java.util.List;

import org.backlot.model.studio.Studio;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A view of the Studio perspective: it follows the active production and its
 * studio base (the studio lives in the production's resource set, so its edits
 * are commands on the production's one command stack), refreshes once per
 * burst of changes whichever view or production made them, follows what other
 * parts select, and says what to do when there is nothing to show.
 */
public abstract class StudioViewPart extends ProductionViewPart {
	private static final String OPEN_COMMAND = "org.backlot.ui.commands.open"; //$NON-NLS-1$
	private CommandStack stack;
	private Studio watched;
	private boolean pending;
	private boolean queued;
	private final CommandStackListener stackListener = e -> queue();
	private final AdapterImpl studioListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (!n.isTouch()) {
				queue();
			}
		}
	};

	/** Call at the end of {@code createPartControl}: follows the production, its studio and the selection. */
	protected final void startFollowing() {
		followSelection((part, selection) -> {
			if (selection instanceof IStructuredSelection s && !s.isEmpty() && production() != null) {
				selectionChanged(s.toList());
			}
		});
		startTracking();
		if (document() == null) {
			pending = true;
			flush();
		}
	}

	/** Something was selected in another part (studio records, bookings, conflicts, anything else). */
	protected void selectionChanged(List<?> selected) {
	}

	@Override
	protected final void show(ProductionDocument doc) {
		CommandStack now = doc == null ? null : doc.domain().getCommandStack();
		if (now != stack) {
			if (stack != null) {
				stack.removeCommandStackListener(stackListener);
			}
			stack = now;
			if (stack != null) {
				stack.addCommandStackListener(stackListener);
			}
		}
		watch(studio());
		undoRedoFor(doc);
		productionChanged();
		pending = true;
		flush();
	}

	/** The active production changed (before the refresh that shows it); by default nothing. */
	protected void productionChanged() {
	}

	@Override
	protected final void refresh() {
		pending = true;
		flush();
	}

	/** Shows the production and studio as they are now; called once per burst of changes, on the UI thread. */
	protected abstract void update();

	private void queue() {
		pending = true;
		if (queued || getSite() == null) {
			return;
		}
		queued = true;
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			queued = false;
			if (!display.isDisposed()) {
				flush();
			}
		});
	}

	private void flush() {
		if (!pending || isDisposed()) {
			return;
		}
		pending = false;
		watch(studio());
		update();
	}

	/** Whether the view's controls are gone. */
	protected abstract boolean isDisposed();

	private void watch(Studio s) {
		if (s == watched) {
			return;
		}
		if (watched != null) {
			watched.eAdapters().remove(studioListener);
		}
		watched = s;
		if (s != null) {
			s.eAdapters().add(studioListener);
		}
	}

	/** The studio base of the active production, or null. */
	public final Studio studio() {
		return production() == null ? null : production().getStudio();
	}

	/** The editing domain of the active production (the studio's too), or null. */
	public final EditingDomain domain() {
		return document() == null ? null : document().domain();
	}

	/** Why there is nothing to show (no production, no studio), or null. */
	protected final String emptyReason() {
		if (production() == null) {
			return Messages.noProduction;
		}
		return studio() == null ? Messages.noStudio : null;
	}

	/** What an empty state's link does: opens a production. */
	protected final void emptyLink() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(OPEN_COMMAND, null);
		} catch (org.eclipse.core.commands.common.CommandException e) {
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

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
		}
		watch(null);
		super.dispose();
	}
}
