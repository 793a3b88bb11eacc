// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

/**
 * File &gt; Export &gt; Backlot &gt; Production or Studio: writes the open
 * production (or the file selected in the Production Explorer) in a format
 * contributed to {@code org.backlot.core.exporters}, as a job. What is exported
 * is what is open, saved or not.
 */
public class ExportWizard extends Wizard implements IExportWizard {
	private List<ExportSources.Source> sources = List.of();
	private ExportPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.exportTitle);
		setNeedsProgressMonitor(false);
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		sources = ExportSources.find(active, selection);
	}

	@Override
	public void addPages() {
		page = new ExportPage(sources);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (page.root() == null || page.format() == null || page.target() == null) {
			return false;
		}
		new ExportJob(page.format(), ExportJob.snapshot(page.root()), page.target()).schedule();
		return true;
	}
}
