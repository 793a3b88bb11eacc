// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.testing;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.backlot.studio.api.Samples;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The running workbench as the UI tests use it: its page, its event queue, a clean start, the sample open in a perspective. */
public final class WorkbenchTests {
	private WorkbenchTests() {
	}

	/** The active page. */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the pending UI events (async view refreshes). */
	public static void drain() {
		while (Display.getCurrent().readAndDispatch()) {
			// let async updates run
		}
	}

	/** On a first start the suite opens its sample production in the background; lets that finish, then closes every editor. */
	public static void settle() {
		waitForJobs(30);
		page().closeAllEditors(false);
		drain();
	}

	/** Waits (running UI events) until no job runs, at most the given seconds. */
	public static void waitForJobs(int seconds) {
		waitUntil(() -> Job.getJobManager().isIdle(), seconds);
	}

	/** Runs UI events until the condition holds or the seconds are up; returns whether it holds (the caller asserts). */
	public static boolean waitUntil(BooleanSupplier condition, int seconds) {
		long until = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				Display.getCurrent().timerExec(20, () -> {
					// wake the loop
				});
				Display.getCurrent().sleep();
			}
		}
		drain();
		return condition.getAsBoolean();
	}

	/** Writes the sample production into the folder, opens it in the perspective and returns its document. */
	public static ProductionDocument openSample(Path dir, String perspective) throws Exception {
		Path file = Samples.ensure(dir);
		ProductionEditor editor = OpenProductionHandler.open(page(), file);
		PlatformUI.getWorkbench().showPerspective(perspective, page().getWorkbenchWindow());
		page().activate(editor);
		drain();
		return editor.model();
	}

	/** Opens (or finds) a view in the active perspective, lets it settle and returns it. */
	public static <T> T view(String id, Class<T> type) throws Exception {
		Object v = page().showView(id);
		drain();
		return type.cast(v);
	}
}
