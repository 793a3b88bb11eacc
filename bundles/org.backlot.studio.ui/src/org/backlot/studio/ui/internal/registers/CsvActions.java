// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.io.IOException;
import java.nio.file.Path;

import org.backlot.model.studio.Studio;
import org.backlot.studio.api.RegisterException;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Icons;
import org.backlot.ui.api.Actions;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;

/**
 * Import and export of the shown register as a spreadsheet (CSV). An import
 * is checked in the background; when every row is right it is one command
 * (undoable), otherwise the user gets every bad row and column and nothing
 * changes. Exports are written atomically.
 */
final class CsvActions {
	private final RegistersView view;
	private final Action importAction;
	private final Action exportAction;

	CsvActions(RegistersView view) {
		this.view = view;
		importAction = Actions.of(Messages.importAction, Messages.importTip, this::chooseImport);
		importAction.setImageDescriptor(Icons.of("csv-import.png")); //$NON-NLS-1$
		exportAction = Actions.of(Messages.exportAction, Messages.exportTip, this::chooseExport);
		exportAction.setImageDescriptor(Icons.of("csv-export.png")); //$NON-NLS-1$
	}

	Action importAction() {
		return importAction;
	}

	Action exportAction() {
		return exportAction;
	}

	/** Enables the actions when there is a studio to import into. */
	void update(boolean enabled) {
		importAction.setEnabled(enabled);
		exportAction.setEnabled(enabled);
	}

	private void chooseImport() {
		FileDialog d = new FileDialog(view.getSite().getShell(), SWT.OPEN);
		d.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		d.setFilterNames(new String[] { Messages.csvFiles, "*.*" }); //$NON-NLS-1$
		String file = d.open();
		if (file != null) {
			importFile(Path.of(file));
		}
	}

	/** Checks the file in the background and imports it as one command, or reports every problem and changes nothing. */
	Job importFile(Path csv) {
		Studio studio = view.studio();
		EditingDomain domain = view.domain();
		Register register = view.register();
		if (studio == null || domain == null) {
			return null;
		}
		Registers.Kind kind = register.kind();
		String name = String.valueOf(csv.getFileName());
		Display display = view.getSite().getShell().getDisplay();
		Job job = Job.create(NLS.bind(Messages.importJob, name), monitor -> {
			try {
				Registers.Imported imported = Registers.prepare(domain, studio, kind, csv);
				display.asyncExec(() -> {
					if (view.studio() == studio && view.execute(imported.command())) {
						view.status(NLS.bind(Messages.imported, new Object[] { register.title(), imported.added(), imported.updated(), imported.unchanged() }));
					}
				});
			} catch (RegisterException e) {
				display.asyncExec(() -> ImportErrorsDialog.reporter.report(view.getSite().getShell(), name, e.problems()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void chooseExport() {
		Studio studio = view.studio();
		if (studio == null) {
			return;
		}
		Registers.Kind kind = view.register().kind();
		FileDialog d = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		d.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		d.setFilterNames(new String[] { Messages.csvFiles });
		d.setFileName(kind.key() + ".csv"); //$NON-NLS-1$
		d.setOverwrite(true);
		String file = d.open();
		if (file == null) {
			return;
		}
		Path csv = Path.of(file);
		byte[] bytes = Registers.export(studio, kind);
		Display display = view.getSite().getShell().getDisplay();
		Job job = Job.create(NLS.bind(Messages.exportJob, csv.getFileName()), monitor -> {
			try {
				org.backlot.core.api.AtomicFiles.write(csv, bytes);
			} catch (IOException e) {
				display.asyncExec(() -> MessageDialog.openError(view.getSite().getShell(), Messages.exportAction.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$
						NLS.bind(Messages.exportFailed, e.getMessage())));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}
}
