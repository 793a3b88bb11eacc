// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.function.Consumer;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Optimizer;
import org.backlot.schedule.api.OptimizerResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * One optimiser run as an Eclipse job: progress in the monitor, cancel from
 * the monitor or the view's Stop button, the best cost so far handed to the
 * UI thread at most a few times a second, the result handed over at the end.
 */
final class OptimizerRun extends Job {
	private static final long THROTTLE_MS = 250;
	private final Production production;
	private final Schedule board;
	private final Optimizer.Options options;
	private final Display display;
	private final Consumer<String> progress;
	private final Consumer<OptimizerResult> done;
	private volatile boolean stopped;
	private volatile OptimizerResult result;
	private long lastShown;

	OptimizerRun(Production production, Schedule board, Optimizer.Options options, Display display, Consumer<String> progress,
			Consumer<OptimizerResult> done) {
		super(NLS.bind(Messages.optimiseJob, board.getName()));
		this.production = production;
		this.board = board;
		this.options = options;
		this.display = display;
		this.progress = progress;
		this.done = done;
		setUser(true);
	}

	/** Asks the run to stop; it keeps the best plan found so far. */
	void stop() {
		stopped = true;
	}

	/** The result once finished, or null. */
	OptimizerResult result() {
		return result;
	}

	/** The board it optimises. */
	Schedule board() {
		return board;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		int total = 1000;
		monitor.beginTask(getName(), total);
		int[] worked = { 0 };
		try {
			result = Optimizer.optimize(production, board, options, (fraction, iterations, best) -> {
				int now = (int) Math.min(total, Math.round(fraction * total));
				if (now > worked[0]) {
					monitor.worked(now - worked[0]);
					worked[0] = now;
				}
				long t = System.currentTimeMillis();
				if (t - lastShown >= THROTTLE_MS) {
					lastShown = t;
					String text = best == null ? NLS.bind(Messages.searching, Texts.count(iterations))
							: NLS.bind(Messages.bestSoFar, Texts.money(best.cost().total()), Texts.count(iterations));
					monitor.subTask(text);
					display.asyncExec(() -> progress.accept(text));
				}
			}, () -> stopped || monitor.isCanceled());
		} catch (RuntimeException e) {
			display.asyncExec(() -> done.accept(null));
			return Status.error(NLS.bind(Messages.optimiseFailed, e.getMessage()), e);
		} finally {
			monitor.done();
		}
		OptimizerResult r = result;
		display.asyncExec(() -> done.accept(r));
		return Status.OK_STATUS;
	}
}
