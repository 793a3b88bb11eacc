// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.NewProduction;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.ui.internal.Messages;
import org.backlot.ui.internal.OpenProductionHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** File &gt; New &gt; Production: an empty production with the default categories, on a studio base. */
public class NewProductionWizard extends Wizard implements INewWizard {
	private IWorkbench workbench;
	private NewProductionPage page;

	@Override
	public void init(IWorkbench wb, IStructuredSelection selection) {
		this.workbench = wb;
		setWindowTitle(Messages.newProductionTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new NewProductionPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			create(file, page.title(), page.studio());
			OpenProductionHandler.open(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (StoreException | ExecutionException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** Creates and saves the production; {@code studioFile} may be null. */
	public static Production create(Path file, String title, Path studioFile) throws StoreException {
		if (Files.exists(file)) {
			throw new StoreException(file, 0, NLS.bind(Messages.newProductionExists, file), null);
		}
		ModelStore store = ModelFiles.store();
		ResourceSet set = store.createResourceSet();
		Studio studio = studioFile == null ? null : (Studio) store.load(set, studioFile).getContents().get(0);
		Production p = NewProduction.create(title, studio);
		Resource r = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		r.getContents().add(p);
		store.save(r);
		return p;
	}
}
