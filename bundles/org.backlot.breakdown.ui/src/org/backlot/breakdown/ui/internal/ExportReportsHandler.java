// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.backlot.breakdown.api.BreakdownReports;
import org.backlot.model.production.Production;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Export Breakdown Sheets...: writes the breakdown sheets (PDF, one page a
 * scene) or the element list (PDF or CSV, by the file name chosen) in a job.
 */
public class ExportReportsHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ProductionDocument doc = editor == null ? null : editor.getAdapter(ProductionDocument.class);
		if (doc == null || doc.production() == null) {
			MessageDialog.openInformation(shell, Messages.exportTitle, Messages.noProduction);
			return null;
		}
		FileDialog d = new FileDialog(shell, SWT.SAVE);
		d.setText(Messages.exportTitle);
		d.setFilterExtensions(new String[] { "*.pdf", "*.pdf", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		d.setFilterNames(new String[] { Messages.exportSheets, Messages.exportElementsPdf, Messages.exportElementsCsv });
		d.setFileName(safe(doc.production().getTitle()) + "-breakdown.pdf"); //$NON-NLS-1$
		d.setOverwrite(true);
		String chosen = d.open();
		if (chosen == null) {
			return null;
		}
		int kind = d.getFilterIndex();
		Path file = Path.of(chosen);
		// the job reads a copy, so the user can go on editing
		Production copy = EcoreUtil.copy(doc.production());
		copy.setStudio(doc.production().getStudio());
		Job.create(NLS.bind(Messages.exportJob, file.getFileName()), monitor -> {
			try {
				if (kind == 2 || chosen.endsWith(".csv")) { //$NON-NLS-1$
					BreakdownReports.elementsCsv(copy, file);
				} else if (kind == 1) {
					BreakdownReports.elementsPdf(copy, file, false);
				} else {
					BreakdownReports.sheets(copy, file, false);
				}
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.exportFailed, file, e.getMessage()), e);
			}
		}).schedule();
		return null;
	}

	private static String safe(String title) {
		return title == null || title.isBlank() ? "production" : title.replaceAll("[\\\\/:*?\"<>|]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
