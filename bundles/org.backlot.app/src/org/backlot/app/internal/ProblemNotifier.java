// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.backlot.core.api.Contributions;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Tells the user, once and in plain words, about each plugin contribution Backlot had to skip (a missing class, an
 * exception at load or at run), naming the plugin: those found while starting, and any found later while working.
 * A view that shows its own contributions' problems in place (the Export wizard) takes them first; the rest are
 * shown here, a moment after they happen.
 */
final class ProblemNotifier implements Runnable {
	/** How long a problem is left for the view where it happened before it is shown here. */
	static final int DELAY_MS = 300;
	private final IWorkbenchWindow window;
	private final AtomicBoolean scheduled = new AtomicBoolean();

	private ProblemNotifier(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Shows the problems found so far and from now on those reported while the window is open. */
	static ProblemNotifier install(IWorkbenchWindow window) {
		ProblemNotifier n = new ProblemNotifier(window);
		Contributions.addListener(n);
		window.getShell().addDisposeListener(e -> Contributions.removeListener(n));
		n.run();
		return n;
	}

	/** Called on the reporting thread: shows what was reported, shortly, on the UI thread. */
	@Override
	public void run() {
		Display display = window.getWorkbench().getDisplay();
		if (display.isDisposed() || !scheduled.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> display.timerExec(DELAY_MS, this::show));
	}

	private void show() {
		scheduled.set(false);
		Shell shell = window.getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		List<String> problems = Contributions.takeProblems();
		if (!problems.isEmpty()) {
			// not blocking: whatever was running when the plugin failed goes on
			MessageDialog d = new MessageDialog(shell, Messages.brokenPluginsTitle, null,
					NLS.bind(Messages.brokenPluginsMessage, String.join("\n\n", problems)), MessageDialog.WARNING, 0, IDialogConstants.OK_LABEL); //$NON-NLS-1$
			d.setBlockOnOpen(false);
			d.open();
		}
	}
}
