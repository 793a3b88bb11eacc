// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.time.LocalDate;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

/** What the permit commands share: the date they count from, the active board, an editing domain for their changes. */
final class CliDates {
	private CliDates() {
	}

	/** The --today option as a date (for reproducible output), else today. */
	static LocalDate today(CliArgs args, String option) throws CliException {
		return args.dateOption(option, LocalDate.now());
	}

	/** The production's active board; bad input without one. */
	static Schedule board(Production p, String file) throws CliException {
		Schedule board = Boards.active(p);
		if (board == null) {
			throw new CliException(NLS.bind(Messages.noBoard, file), CliException.BAD_INPUT);
		}
		return board;
	}

	/** An editing domain over the production's resource set, so engine commands run as they do in the suite. */
	static EditingDomain domain(Production p) {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), p.eResource() != null ? p.eResource().getResourceSet() : null);
	}
}
