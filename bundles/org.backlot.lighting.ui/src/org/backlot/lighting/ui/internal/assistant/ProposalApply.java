// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.Proposal;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.LightingSetup;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The one command that applies a proposal: the assistant's (lamps and look), and the ISO it was worked out for. */
final class ProposalApply {
	private ProposalApply() {
	}

	/** The command, or null when it cannot run; {@code iso} above 0 and other than the set-up's is set too. */
	static Command command(EditingDomain domain, LightingSetup setup, Proposal p, double iso) {
		Command c = Assistant.apply(domain, setup, p);
		if (c == null) {
			return null;
		}
		CompoundCommand all = new CompoundCommand(NLS.bind(Messages.cmdApply, p.title()));
		all.append(c);
		if (iso > 0 && iso != setup.getIso()) {
			all.append(SetCommand.create(domain, setup, LightingPackage.Literals.LIGHTING_SETUP__ISO, iso));
		}
		return all.canExecute() ? all : null;
	}
}
