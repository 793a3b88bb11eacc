// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.net.URI;
import java.util.List;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures the workbench: the home perspective, and window state saved between starts. */
public class BacklotWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		List<URI> sites = UpdateSites.configured();
		if (sites.isEmpty()) {
			return;
		}
		// in the background: loading p2 is not worth delaying the first window for
		Job.create(Messages.updateSitesJob, monitor -> {
			try {
				UpdateSites.register(sites);
			} catch (RuntimeException | LinkageError e) {
				ILog.of(getClass()).error("Could not register Backlot's update site with p2", e); //$NON-NLS-1$
			}
		}).schedule(2000);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return BacklotUi.PRODUCTION_PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new BacklotWindowAdvisor(configurer);
	}
}
