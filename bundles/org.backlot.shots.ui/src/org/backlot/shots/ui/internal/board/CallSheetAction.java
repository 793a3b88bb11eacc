// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.nio.file.Path;
import java.util.Locale;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.CallSheet;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;

/** 'Call Sheet PDF...': the call sheet of the selected strip's or banner's day, written in a job and then opened. */
final class CallSheetAction extends Action {
	private final StripboardView view;

	CallSheetAction(StripboardView view) {
		super(Messages.actionCallSheet);
		setToolTipText(Messages.actionCallSheetTip);
		this.view = view;
	}

	@Override
	public void run() {
		Production p = view.production();
		Schedule board = p == null ? null : Boards.active(p);
		int day = view.selectedDay();
		if (board == null || day < 0) {
			return;
		}
		int dayNumber = day + 1;
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.actionCallSheet);
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.callSheetFile, dayNumber));
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		Path out = Path.of(file.endsWith(".pdf") ? file : file + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
		Display display = view.getSite().getShell().getDisplay();
		Job job = new Job(NLS.bind(Messages.callSheetJob, dayNumber)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CallSheet.pdf(CallSheet.build(p, board, dayNumber), out, letter());
				} catch (Exception e) {
					return Status.error(NLS.bind(Messages.writeFailed, out, e.getMessage()), e);
				}
				display.asyncExec(() -> Program.launch(out.toString()));
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/** US Letter in the US and Canada, A4 elsewhere. */
	static boolean letter() {
		String c = Locale.getDefault().getCountry();
		return "US".equals(c) || "CA".equals(c); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
