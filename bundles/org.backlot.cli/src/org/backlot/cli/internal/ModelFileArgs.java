// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.nio.file.Path;

import org.backlot.cli.api.CliException;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.StoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** Loads the production or studio a command names, turning load errors into the command's one-line reason. */
final class ModelFileArgs {
	private ModelFileArgs() {
	}

	static EObject load(String file) throws CliException {
		ResourceSet set = ModelFiles.store().createResourceSet();
		try {
			return ModelFiles.store().load(set, Path.of(file)).getContents().get(0);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
	}
}
