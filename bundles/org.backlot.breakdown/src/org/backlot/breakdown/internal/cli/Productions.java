// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;

/** Loads the production a breakdown command names. */
final class Productions {
	private Productions() {
	}

	static Production load(String file) throws CliException {
		return CliFiles.production(file);
	}
}
