// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

import java.nio.file.Path;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;

/** Loads and saves the production or studio a command names, turning store errors into the command's one-line reason. */
public final class CliFiles {
	private CliFiles() {
	}

	/** Loads a production or studio file (with the studio it refers to) and returns its root object. */
	public static EObject load(String file) throws CliException {
		ResourceSet set = ModelFiles.store().createResourceSet();
		try {
			return ModelFiles.store().load(set, Path.of(file)).getContents().get(0);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
	}

	/** Loads a production file; a studio or any other file is bad input, named in the reason. */
	public static Production production(String file) throws CliException {
		EObject root = load(file);
		if (root instanceof Production p) {
			return p;
		}
		throw new CliException(NLS.bind(Messages.notAProduction, file), CliException.BAD_INPUT);
	}

	/** Saves a resource atomically (the previous file is kept as a backup). */
	public static void save(Resource resource) throws CliException {
		try {
			ModelFiles.store().save(resource);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
	}
}
