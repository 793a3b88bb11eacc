// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.backlot.lighting.api.AdvisorRequest;
import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.Proposal;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/** Runs the advisors in a job the user sees (progress in the status bar and the Progress view, Cancel works) and hands the proposals back on the UI thread. */
final class ProposalRun {
	private final BiConsumer<List<Proposal>, String> done;
	private final Consumer<String> progress;
	private Job job;

	/** A runner reporting proposals (or a reason, else null) and progress to the UI thread. */
	ProposalRun(BiConsumer<List<Proposal>, String> done, Consumer<String> progress) {
		this.done = done;
		this.progress = progress;
	}

	/** Starts proposing, cancelling a run still going. */
	void start(AdvisorRequest request, String lookName) {
		cancel();
		Display display = Display.getCurrent();
		Job j = new Job(NLS.bind(Messages.jobName, lookName)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Proposal> out;
				String problem = null;
				try {
					out = Assistant.propose(request, monitor);
				} catch (OperationCanceledException e) {
					out = List.of();
				} catch (RuntimeException e) {
					out = List.of();
					problem = NLS.bind(Messages.failed, e.getMessage() != null ? e.getMessage() : e.toString());
				}
				List<String> troubles = Assistant.takeProblems();
				if (problem == null && out.isEmpty() && !troubles.isEmpty()) {
					problem = String.join("\n", troubles); //$NON-NLS-1$
				}
				List<Proposal> result = monitor.isCanceled() ? List.of() : out;
				String reason = monitor.isCanceled() ? Messages.cancelled : problem;
				display.asyncExec(() -> {
					if (job == this) {
						job = null;
						done.accept(result, reason);
					}
				});
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}
		};
		j.setUser(false);
		j.setPriority(Job.LONG);
		job = j;
		j.schedule();
		progress.accept(NLS.bind(Messages.proposing, lookName));
	}

	/** Whether a run is going. */
	boolean running() {
		return job != null;
	}

	/** Cancels the run going, if any; its proposals are dropped. */
	void cancel() {
		Job j = job;
		if (j != null) {
			j.cancel();
		}
	}
}
