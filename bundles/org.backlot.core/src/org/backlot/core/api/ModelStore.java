// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Loads and saves productions ({@code *.backlot}) and studios ({@code *.backlot-studio}).
 * The embedded default keeps them in files; a studio server can implement the same
 * interface without the UI or the engines noticing.
 */
public interface ModelStore {
	/** File extension of a production. */
	String PRODUCTION_EXTENSION = "backlot"; //$NON-NLS-1$
	/** File extension of a studio. */
	String STUDIO_EXTENSION = "backlot-studio"; //$NON-NLS-1$
	/** The file format version this Backlot writes and the newest it reads. */
	int CURRENT_VERSION = 1;

	/** A resource set set up for Backlot's files: one per open production and its studio. */
	ResourceSet createResourceSet();

	/** Sets up a resource set made elsewhere (an editing domain's) for Backlot's files; returns it. */
	ResourceSet configure(ResourceSet set);

	/**
	 * Loads a file into the set, migrating it from an older format version.
	 *
	 * @throws StoreException naming the file, the line and the reason; the file is left untouched
	 */
	Resource load(ResourceSet set, Path file) throws StoreException;

	/**
	 * Saves a resource atomically to its file, keeping the previous file as
	 * {@code <name>.bak}; assigns ids to new objects and stamps the format version.
	 *
	 * @throws StoreException when it cannot be written, or when the file at the
	 *                        target failed to load (it is never overwritten)
	 */
	void save(Resource resource) throws StoreException;

	/** Saves a resource under a new file name, which then becomes its file. */
	void saveAs(Resource resource, Path file) throws StoreException;
}
