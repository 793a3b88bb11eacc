// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.nio.file.Path;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporters;
import org.backlot.ui.api.ModelEdits;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * Reads a screenplay in the background, then puts it into the production as
 * one undoable command on the UI thread and shows what was found.
 */
final class ImportScriptJob extends Job {
	private final ProductionDocument document;
	private final Path file;
	private final String format;
	private final IWorkbenchPage page;

	ImportScriptJob(ProductionDocument document, Path file, String format, IWorkbenchPage page) {
		super(NLS.bind(Messages.importJob, file.getFileName()));
		this.document = document;
		this.file = file;
		this.format = format;
		this.page = page;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), 3);
		ScriptImporters.Imported imported;
		try {
			monitor.subTask(Messages.importReading);
			imported = ScriptImporters.read(file, format);
		} catch (ScriptFormatException e) {
			Display.getDefault().asyncExec(() -> MessageDialog.openError(shell(), Messages.importTitle,
					NLS.bind(Messages.importFailed, file.getFileName(), e.getMessage())));
			return Status.OK_STATUS;
		}
		monitor.worked(1);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Taggers taggers = new Taggers();
		monitor.subTask(Messages.importBreakingDown);
		Display.getDefault().asyncExec(() -> {
			ScriptImport.Report report = apply(document, file, imported, taggers);
			showPerspective();
			MessageDialog.openInformation(shell(), Messages.importTitle, ImportSummary.text(file, imported, report));
		});
		monitor.done();
		return Status.OK_STATUS;
	}

	/** Puts a script that was read into the production as one undoable command; on the UI thread. */
	static ScriptImport.Report apply(ProductionDocument document, Path file, ScriptImporters.Imported imported,
			Taggers taggers) {
		ScriptImport.Report[] report = new ScriptImport.Report[1];
		ModelEdits.run(document, NLS.bind(Messages.importLabel, file.getFileName()), () -> report[0] = ScriptImport
				.apply(document.production(), imported.script(), file.toAbsolutePath().toString(), taggers));
		return report[0];
	}

	private void showPerspective() {
		try {
			if (page != null && page.getPerspective() != null
					&& !BreakdownUi.PERSPECTIVE.equals(page.getPerspective().getId())) {
				PlatformUI.getWorkbench().showPerspective(BreakdownUi.PERSPECTIVE, page.getWorkbenchWindow());
			}
		} catch (WorkbenchException e) {
			// the import itself worked; stay where the user is
		}
	}

	private org.eclipse.swt.widgets.Shell shell() {
		return page != null ? page.getWorkbenchWindow().getShell() : Display.getDefault().getActiveShell();
	}
}
