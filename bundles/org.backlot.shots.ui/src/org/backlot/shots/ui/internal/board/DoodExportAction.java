// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.backlot.core.api.AtomicFiles;
import org.backlot.schedule.api.DoodExport;
import org.backlot.schedule.api.DoodTable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** Export CSV... / Export PDF...: asks for a file, then writes the shown day-out-of-days in a job. */
final class DoodExportAction extends Action {
	private final DoodView view;
	private final boolean pdf;

	DoodExportAction(DoodView view, boolean pdf) {
		super(pdf ? Messages.doodExportPdf : Messages.doodExportCsv);
		setToolTipText(getText());
		this.view = view;
		this.pdf = pdf;
	}

	@Override
	public void run() {
		DoodTable table = view.table();
		if (table == null) {
			return;
		}
		String ext = pdf ? ".pdf" : ".csv"; //$NON-NLS-1$ //$NON-NLS-2$
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setText(getText());
		dialog.setFilterExtensions(new String[] { "*" + ext }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.doodFile, table.title()) + ext);
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			write(table, Path.of(file.endsWith(ext) ? file : file + ext), pdf).schedule();
		}
	}

	/** The job that writes a table to a file (CSV atomically, or PDF). */
	static Job write(DoodTable table, Path out, boolean pdf) {
		Job job = new Job(NLS.bind(Messages.doodExportJob, out.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					if (pdf) {
						DoodExport.pdf(table, out, CallSheetAction.letter());
					} else {
						AtomicFiles.write(out, DoodExport.csv(table).getBytes(StandardCharsets.UTF_8));
					}
					return Status.OK_STATUS;
				} catch (Exception e) {
					return Status.error(NLS.bind(Messages.writeFailed, out, e.getMessage()), e);
				}
			}
		};
		job.setUser(true);
		return job;
	}
}
