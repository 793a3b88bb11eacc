// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.nio.file.Path;

import org.backlot.ui.api.ProductionDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

/**
 * File > Import > Backlot > Screenplay: picks a screenplay file and its format
 * (found from the content by default) and imports it into the open production
 * as a job; a second import is merged as a revision.
 */
public class ImportScriptWizard extends Wizard implements IImportWizard {
	private ImportScriptPage page;
	private ProductionDocument document;
	private IWorkbenchPage workbenchPage;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.importTitle);
		setNeedsProgressMonitor(false);
		workbenchPage = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = workbenchPage == null ? null : workbenchPage.getActiveEditor();
		ProductionDocument d = editor == null ? null : editor.getAdapter(ProductionDocument.class);
		document = d != null && d.production() != null ? d : null;
	}

	@Override
	public void addPages() {
		page = new ImportScriptPage(document);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (document == null) {
			return false;
		}
		new ImportScriptJob(document, Path.of(page.file()), page.format(), workbenchPage).schedule();
		return true;
	}
}
