// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.backlot.core.api.Contributions;
import org.backlot.core.api.ExportException;
import org.backlot.core.api.Exporter;
import org.backlot.core.api.Exporters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Exports a snapshot of a production or studio with a contributed format in
 * the background; a failure is shown in plain words naming the format's plugin.
 */
final class ExportJob extends Job {
	/** The family of export jobs (to wait for them). */
	static final Object FAMILY = ExportJob.class;

	/** Shows why an export failed (replaceable in tests). */
	static Consumer<String> showError = message -> Display.getDefault().asyncExec(
			() -> MessageDialog.openError(Display.getDefault().getActiveShell(), Messages.exportFailedTitle, message));

	private final Exporters.Format format;
	private final EObject root;
	private final Path target;

	/** Exports {@code root}, which must not change while the job runs (see {@link #snapshot}). */
	ExportJob(Exporters.Format format, EObject root, Path target) {
		super(NLS.bind(Messages.exportJob, format.name(), target.getFileName()));
		this.format = format;
		this.root = root;
		this.target = target;
		setUser(true);
	}

	/**
	 * A copy of the root for the job, in a resource with the original's URI so
	 * that references into other files are written the same (call on the UI thread).
	 */
	static EObject snapshot(EObject root) {
		EObject copy = EcoreUtil.copy(root);
		if (root.eResource() != null) {
			new ResourceImpl(root.eResource().getURI()).getContents().add(copy);
		}
		return copy;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Exporters.export(format, root, target, monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ExportException e) {
			// the failure is shown here, in the words of the export; the plugin's report is in the log
			Contributions.takeProblems(Exporter.EXTENSION_POINT);
			showError.accept(NLS.bind(Messages.exportFailed, target, e.getMessage()));
			return Status.OK_STATUS;
		}
	}
}
