// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.List;

import org.backlot.studio.api.RegisterException;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Why a spreadsheet cannot be imported: every bad row and column, so that all can be fixed at once. Nothing was changed. */
final class ImportErrorsDialog extends TitleAreaDialog {
	/** Shows the problems of a file to the user; replaceable in tests. */
	interface Reporter {
		/** Tells the user that the file cannot be imported, and why. */
		void report(Shell shell, String file, List<RegisterException.Problem> problems);
	}

	/** How problems are shown (the dialog; tests record them instead). */
	static Reporter reporter = (shell, file, problems) -> new ImportErrorsDialog(shell, file, problems).open();

	private final String file;
	private final List<RegisterException.Problem> problems;

	ImportErrorsDialog(Shell shell, String file, List<RegisterException.Problem> problems) {
		super(shell);
		this.file = file;
		this.problems = problems;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.importFailedTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.importFailedTitle);
		setMessage(NLS.bind(Messages.importFailed, file, problems.size()), IMessageProvider.ERROR);
		TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
		d.heightHint = 260;
		d.widthHint = 620;
		viewer.getControl().setLayoutData(d);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TableColumns.text(viewer, RegisterException.Problem.class, Messages.colRow, 50, p -> p.row() > 0 ? Integer.toString(p.row()) : ""); //$NON-NLS-1$
		TableColumns.text(viewer, RegisterException.Problem.class, Messages.colColumn, 120, p -> p.column() == null ? "" : p.column()); //$NON-NLS-1$
		TableColumns.text(viewer, RegisterException.Problem.class, Messages.colProblem, 430, RegisterException.Problem::reason);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(problems);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
