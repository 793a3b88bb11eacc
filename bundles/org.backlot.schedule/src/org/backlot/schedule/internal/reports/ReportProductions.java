// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.eclipse.osgi.util.NLS;

/** Loads the production a report command names and finds its active board. */
final class ReportProductions {
	private ReportProductions() {
	}

	static Production load(String file) throws CliException {
		return CliFiles.production(file);
	}

	static Schedule board(Production p, String file) throws CliException {
		Schedule board = Boards.active(p);
		if (board == null) {
			throw new CliException(NLS.bind(Messages.noBoard, file), CliException.BAD_INPUT);
		}
		return board;
	}
}
