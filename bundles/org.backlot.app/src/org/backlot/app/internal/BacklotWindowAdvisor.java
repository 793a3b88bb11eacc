// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.lang.management.ManagementFactory;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures each window: size, status line and progress area, and what opens when it first appears. */
public class BacklotWindowAdvisor extends WorkbenchWindowAdvisor {
	/** System property for start-up benchmarks and smoke tests: close the suite when its window is ready ("true") or after N ms. */
	static final String EXIT_WHEN_READY = "backlot.exitWhenReady"; //$NON-NLS-1$

	/** Creates the advisor for one window. */
	public BacklotWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new BacklotActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer c = getWindowConfigurer();
		c.setInitialSize(new Point(1440, 900));
		c.setShowCoolBar(true);
		c.setShowStatusLine(true);
		c.setShowProgressIndicator(true);
		c.setShowPerspectiveBar(true);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		IPreferenceStore prefs = BacklotUi.preferences();
		PerspectiveLabels.refresh(window);
		new PerspectiveBar(window, prefs).openNewPerspectives();
		if (prefs.getBoolean(BacklotUi.PREF_SHOW_WELCOME)) {
			showWelcome(window.getActivePage());
		}
		if (CommandLineFiles.open(window) == 0) {
			SampleOnFirstStart.scheduleIfFirstStart(window);
		}
		window.getShell().getDisplay().asyncExec(() -> {
			long now = System.currentTimeMillis();
			long ms = now - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("backlot: window ready " + ms + " ms after JVM start, at " + now); //$NON-NLS-1$ //$NON-NLS-2$
			String exit = System.getProperty(EXIT_WHEN_READY);
			if (exit != null) {
				// "true": close at once; a number: close after that many milliseconds
				window.getShell().getDisplay().timerExec(exit.matches("\\d+") ? Integer.parseInt(exit) : 0, () -> window.getWorkbench().close()); //$NON-NLS-1$
				return;
			}
			ProblemNotifier.install(window);
		});
	}

	private static void showWelcome(IWorkbenchPage page) {
		// the Welcome view belongs to the Production perspective; elsewhere it would cover a working view
		if (page == null || page.getPerspective() == null || !BacklotUi.PRODUCTION_PERSPECTIVE.equals(page.getPerspective().getId())) {
			return;
		}
		try {
			page.showView(BacklotUi.WELCOME_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(BacklotWindowAdvisor.class).log(e.getStatus());
		}
	}
}
