// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.nio.file.Path;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.shots.Shot;
import org.backlot.shots.api.StoryboardPdf;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/** The job that writes a storyboard PDF. */
final class StoryboardExport {
	private StoryboardExport() {
	}

	/** A user job writing the shots' storyboard to {@code out} (A4, or Letter when {@code letter}). */
	static Job job(Production p, List<Shot> shots, Path productionFile, Path out, boolean letter) {
		List<Shot> copy = List.copyOf(shots);
		Job job = new Job(NLS.bind(Messages.exportJob, out.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					StoryboardPdf.write(p, copy, productionFile, out, letter);
					return Status.OK_STATUS;
				} catch (Exception e) {
					return Status.error(NLS.bind(Messages.exportFailed, out, e.getMessage()), e);
				}
			}
		};
		job.setUser(true);
		return job;
	}
}
