// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The running workbench as the breakdown UI tests use it: its page, its event queue, a clean start. */
final class WorkbenchTests {
	private WorkbenchTests() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the pending UI events (async view refreshes). */
	static void drain() {
		while (Display.getCurrent().readAndDispatch()) {
			// let async updates run
		}
	}

	/** On a first start the suite opens its sample production in the background; lets that finish, then closes every editor. */
	static void settle() {
		long until = System.currentTimeMillis() + 30_000;
		while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < until) {
			Display.getCurrent().readAndDispatch();
		}
		drain();
		page().closeAllEditors(false);
		drain();
	}
}
