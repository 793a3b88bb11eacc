// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionPackage;
import org.backlot.model.studio.StudioPackage;
import org.backlot.permits.api.Requirement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The one undoable command that adds the drafts of the missing requirements, and the studio records they need. */
public final class Generate {
	private Generate() {
	}

	/** The command, or {@link UnexecutableCommand#INSTANCE} when no requirement is missing an application. */
	public static Command command(EditingDomain domain, Production p, List<Requirement> requirements) {
		List<PermitApplication> drafts = Drafts.of(p, requirements);
		if (drafts.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Set<Authority> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Authority> records = new ArrayList<>();
		for (PermitApplication a : drafts) {
			Authority record = a.getAuthority();
			if (record != null && record.eContainer() == null && seen.add(record)) {
				records.add(record);
			}
		}
		CompoundCommand c = new CompoundCommand(drafts.size() == 1 ? Messages.createOne : NLS.bind(Messages.createMany, drafts.size()));
		if (!records.isEmpty() && p.getStudio() != null) {
			c.append(new AddCommand(domain, p.getStudio(), StudioPackage.Literals.STUDIO__AUTHORITIES, records));
		}
		c.append(new AddCommand(domain, p, ProductionPackage.Literals.PRODUCTION__PERMIT_APPLICATIONS, drafts));
		return c;
	}
}
