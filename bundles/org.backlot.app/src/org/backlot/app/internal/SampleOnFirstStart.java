// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.nio.file.Path;

import org.backlot.core.api.LaunchSettings;
import org.backlot.core.api.StoreException;
import org.backlot.studio.api.Samples;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.internal.OpenProductionHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * On the first start, writes the sample studio and production into
 * {@code ~/.backlot/samples} (in the background) and opens the production, so
 * that a new user sees real data.
 */
final class SampleOnFirstStart extends Job {
	/** Preference: the sample has been opened once. */
	static final String PREF_SAMPLE_OPENED = "sampleOpened"; //$NON-NLS-1$

	private final IWorkbenchWindow window;

	private SampleOnFirstStart(IWorkbenchWindow window) {
		super(Messages.sampleJob);
		this.window = window;
	}

	/** Schedules it when this is the first start and nothing is open. */
	static void scheduleIfFirstStart(IWorkbenchWindow window) {
		IPreferenceStore prefs = BacklotUi.preferences();
		IWorkbenchPage page = window.getActivePage();
		if (prefs.getBoolean(PREF_SAMPLE_OPENED) || page == null || page.getEditorReferences().length > 0) {
			return;
		}
		prefs.setValue(PREF_SAMPLE_OPENED, true);
		new SampleOnFirstStart(window).schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path file;
		try {
			file = Samples.ensure(LaunchSettings.home().resolve("samples")); //$NON-NLS-1$
		} catch (StoreException e) {
			return new Status(IStatus.ERROR, BacklotUi.PLUGIN_ID, e.getMessage(), e);
		}
		window.getShell().getDisplay().asyncExec(() -> {
			IWorkbenchPage page = window.getActivePage();
			if (page != null) {
				try {
					OpenProductionHandler.open(page, file);
				} catch (ExecutionException e) {
					ILog.of(SampleOnFirstStart.class).error(e.getMessage(), e);
				}
			}
		});
		return Status.OK_STATUS;
	}
}
