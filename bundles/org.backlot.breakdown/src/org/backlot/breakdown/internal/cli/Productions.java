// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** Loads the production a breakdown command names. */
final class Productions {
	private Productions() {
	}

	static Production load(String file) throws CliException {
		EObject root = CliFiles.load(file);
		if (root instanceof Production p) {
			return p;
		}
		throw new CliException(NLS.bind(Messages.notAProduction, file), CliException.BAD_INPUT);
	}
}
