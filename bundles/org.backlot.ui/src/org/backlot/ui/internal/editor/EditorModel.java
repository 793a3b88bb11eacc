// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** One open production: the editing domain with its command stack, the loaded files, and saving them. */
public final class EditorModel implements ProductionDocument {
	private final ComposedAdapterFactory adapters;
	private final AdapterFactoryEditingDomain domain;
	private Production production;
	private boolean recovered;

	/** Loads the production file (and, on demand, its studio). */
	public EditorModel(Path file) throws StoreException {
		this(file, null);
	}

	/**
	 * Loads a production; with {@code recoveryFile}, its unsaved changes from
	 * there instead (the production then has changes to save into its own file).
	 */
	public EditorModel(Path file, Path recoveryFile) throws StoreException {
		adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, new LabelledCommandStack());
		ModelFiles.store().configure(domain.getResourceSet());
		Resource r = ModelFiles.store().load(domain.getResourceSet(), recoveryFile != null ? recoveryFile : file);
		if (recoveryFile != null) {
			r.setURI(org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().normalize().toString()));
			recovered = true;
		}
		production = (Production) r.getContents().get(0);
		if (production.getStudio() != null) {
			production.getStudio().getName(); // resolve the studio now, so that it is there to browse
		}
		for (Resource loaded : domain.getResourceSet().getResources()) {
			loaded.setTrackingModification(true);
		}
	}

	@Override
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	@Override
	public Production production() {
		return production;
	}

	/** The adapter factory of the item providers. */
	public ComposedAdapterFactory adapters() {
		return adapters;
	}

	/** Whether there are changes to save. */
	public boolean isDirty() {
		return recovered || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Saves the production and every other changed file it uses (its studio); returns the files saved. */
	public List<Resource> save() throws StoreException {
		List<Resource> saved = new ArrayList<>();
		Resource main = production.eResource();
		ModelFiles.store().save(main);
		saved.add(main);
		for (Resource r : List.copyOf(domain.getResourceSet().getResources())) {
			if (r != main && r.isLoaded() && r.isModified()) {
				ModelFiles.store().save(r);
				saved.add(r);
			}
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		recovered = false;
		return saved;
	}

	/** Saves the production under a new name. */
	public void saveAs(Path file) throws StoreException {
		ModelFiles.store().saveAs(production.eResource(), file);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		recovered = false;
	}

	/** Releases the model. */
	public void dispose() {
		for (Resource r : domain.getResourceSet().getResources()) {
			r.unload();
		}
		adapters.dispose();
	}
}
