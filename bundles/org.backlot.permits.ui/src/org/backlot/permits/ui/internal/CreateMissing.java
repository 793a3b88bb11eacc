// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Permits;
import org.backlot.schedule.api.Boards;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Create Missing Applications: the permit rules work out, in a job, a draft
 * for every requirement no application covers; the drafts are added on the UI
 * thread as one command on the production's stack (worked out again there if
 * the production changed meanwhile).
 */
public final class CreateMissing {
	private CreateMissing() {
	}

	/** Starts the job for the production; {@code report} gets, on the UI thread, a sentence on what was done. */
	public static Job run(ProductionDocument doc, Display display, Consumer<String> report) {
		Production p = doc.production();
		CommandStack stack = doc.domain().getCommandStack();
		boolean[] changed = { false };
		CommandStackListener listener = e -> changed[0] = true;
		stack.addCommandStackListener(listener);
		Job job = new Job(Messages.createJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(Messages.createJob, IProgressMonitor.UNKNOWN);
				Command made;
				try {
					made = generate(doc);
				} catch (RuntimeException e) {
					made = null; // the model moved under us: worked out again on the UI thread
					changed[0] = true;
				}
				if (monitor.isCanceled()) {
					display.asyncExec(() -> stack.removeCommandStackListener(listener));
					return Status.CANCEL_STATUS;
				}
				Command command = made;
				display.asyncExec(() -> {
					stack.removeCommandStackListener(listener);
					if (p.eResource() == null) {
						return; // closed meanwhile
					}
					report.accept(apply(doc, changed[0] ? generate(doc) : command));
				});
				return Status.OK_STATUS;
			}
		};
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** The command that adds the missing drafts, or null when nothing is missing (or there is no board). */
	static Command generate(ProductionDocument doc) {
		Production p = doc.production();
		Schedule board = Boards.active(p);
		return board == null ? null : Permits.generate(doc.domain(), p, board, LocalDate.now());
	}

	/** Executes the command (labelled with how many drafts it adds); returns what happened, in words. */
	static String apply(ProductionDocument doc, Command command) {
		Production p = doc.production();
		if (Boards.active(p) == null) {
			return Messages.noBoardToGenerate;
		}
		if (command == null || !command.canExecute()) {
			return Messages.nothingMissing;
		}
		int before = p.getPermitApplications().size();
		Command labelled = command;
		if (command.getLabel() == null || command.getLabel().isBlank()) {
			CompoundCommand c = new CompoundCommand(Messages.createOneLabel);
			c.append(command);
			labelled = c;
		}
		doc.domain().getCommandStack().execute(labelled);
		return NLS.bind(Messages.created, p.getPermitApplications().size() - before);
	}
}
