// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.nio.file.Path;
import java.util.Locale;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.ApplicationForms;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;

/** Export PDF...: the authority's application form in the chosen language and paper, written in a job and then opened. */
final class PdfExport {
	private final ApplicationEditorView view;

	PdfExport(ApplicationEditorView view) {
		this.view = view;
	}

	void run(PermitApplication a) {
		if (a == null) {
			return;
		}
		ExportDialog choice = new ExportDialog(view.getSite().getShell());
		if (choice.open() != Window.OK) {
			return;
		}
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.exportTitle);
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.exportFileName, Texts.authority(a.getAuthority()).replaceAll("[\\\\/:*?\"<>|]", "_"))); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		Path out = Path.of(file.endsWith(".pdf") ? file : file + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
		write(a, choice.language(), choice.letter(), out, true);
	}

	/** Writes the form in a job; opens it when done if asked. */
	Job write(PermitApplication a, Locale language, boolean letter, Path out, boolean open) {
		Display display = view.getSite().getShell().getDisplay();
		Job job = new Job(NLS.bind(Messages.exportJob, out.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ApplicationForms.pdf(a, language, letter, out);
				} catch (Exception e) {
					return Status.error(NLS.bind(Messages.writeFailed, out, e.getMessage()), e);
				}
				if (open) {
					display.asyncExec(() -> Program.launch(out.toString()));
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
