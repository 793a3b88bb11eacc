// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsPackage.Literals;
import org.backlot.permits.api.Decision;
import org.backlot.permits.api.Submissions;
import org.backlot.permits.api.Workflow;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * Submit Online... and Check for Decision: a submission adapter sends the
 * application or polls the authority in a job; what it returns is recorded on
 * the UI thread as one command (submitted with the authority's reference, or
 * the decision).
 */
final class Online {
	private final ApplicationEditorView view;
	private final Consumer<String> status;
	private Submissions.Adapter last;

	Online(ApplicationEditorView view, Consumer<String> status) {
		this.view = view;
		this.status = status;
	}

	/** Submits the application through an adapter the user chooses (the only one, without asking). */
	void submit(PermitApplication a) {
		Shell shell = view.getSite().getShell();
		Optional<String> refused = Workflow.refusal(a, PermitStatus.SUBMITTED);
		if (refused.isPresent()) {
			MessageDialog.openInformation(shell, Messages.cannotSubmit, refused.get());
			return;
		}
		Path folder = folder(a);
		Submissions.Adapter adapter = folder == null ? null : choose(shell);
		if (folder == null) {
			MessageDialog.openInformation(shell, Messages.cannotSubmit, Messages.notSaved);
		}
		if (adapter != null) {
			submit(a, adapter, folder);
		}
	}

	/** Sends the application in a job, then records the submission with the returned reference. */
	Job submit(PermitApplication a, Submissions.Adapter adapter, Path folder) {
		String authority = Texts.authority(a.getAuthority());
		Display display = view.getSite().getShell().getDisplay();
		Job job = new Job(NLS.bind(Messages.submitJob, authority)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String reference;
				try {
					reference = adapter.adapter().submit(a, folder);
				} catch (Exception e) {
					return Status.error(NLS.bind(Messages.submitFailed, authority, e.getMessage()), e);
				}
				display.asyncExec(() -> record(a, adapter, reference));
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void record(PermitApplication a, Submissions.Adapter adapter, String reference) {
		if (view.document() == null || a.eResource() == null) {
			return;
		}
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.cmdSubmit, Texts.authority(a.getAuthority()), adapter.name()));
		c.append(Workflow.change(view.document().domain(), a, PermitStatus.SUBMITTED, Workflow.currentUser(),
				NLS.bind(Messages.submittedVia, adapter.name(), reference), new Date()));
		c.append(SetCommand.create(view.document().domain(), a, Literals.PERMIT_APPLICATION__REFERENCE, reference));
		view.execute(c);
		status.accept(NLS.bind(Messages.submittedVia, adapter.name(), reference));
	}

	/** Asks the adapter whether the authority has decided; records the decision as one command. */
	void poll(PermitApplication a) {
		Shell shell = view.getSite().getShell();
		Path folder = folder(a);
		if (folder == null) {
			MessageDialog.openInformation(shell, Messages.checkDecision.replace("&", ""), Messages.notSaved); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		Submissions.Adapter adapter = choose(shell);
		if (adapter == null) {
			return;
		}
		String authority = Texts.authority(a.getAuthority());
		Display display = shell.getDisplay();
		Job job = new Job(NLS.bind(Messages.pollJob, authority)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Optional<Decision> decision;
				try {
					decision = adapter.adapter().poll(a, folder);
				} catch (Exception e) {
					return Status.error(NLS.bind(Messages.pollFailed, e.getMessage()), e);
				}
				display.asyncExec(() -> {
					if (decision.isEmpty()) {
						status.accept(NLS.bind(Messages.noDecision, authority));
					} else if (view.document() != null && a.eResource() != null
							&& view.execute(Workflow.record(view.document().domain(), a, decision.get()))) {
						status.accept(NLS.bind(Messages.decisionRecorded, Texts.status(decision.get().status())));
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/** The adapter to use: the only one installed, else the user's choice (the last one offered first); null when none or cancelled. */
	private Submissions.Adapter choose(Shell shell) {
		List<Submissions.Adapter> all = Submissions.all();
		if (all.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.chooseAdapter, Messages.noAdapters);
			return null;
		}
		if (all.size() == 1) {
			return all.get(0);
		}
		ListDialog d = new ListDialog(shell);
		d.setTitle(Messages.chooseAdapter);
		d.setMessage(Messages.chooseAdapterMessage);
		d.setContentProvider(ArrayContentProvider.getInstance());
		d.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Submissions.Adapter x ? x.name() : super.getText(element);
			}
		});
		d.setInput(all);
		if (last != null && all.contains(last)) {
			d.setInitialSelections(last);
		}
		if (d.open() != Window.OK || d.getResult().length == 0) {
			return null;
		}
		last = (Submissions.Adapter) d.getResult()[0];
		return last;
	}

	/** The folder of the application's production file, or null when it has none yet. */
	static Path folder(PermitApplication a) {
		URI uri = a.eResource() == null ? null : a.eResource().getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		return Path.of(uri.toFileString()).toAbsolutePath().getParent();
	}
}
