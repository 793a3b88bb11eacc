// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.eclipse.osgi.util.NLS;

/**
 * The public security bureau: any filming in a public place; firearms and prop weapons anywhere, stages included;
 * background above the {@code crowd} setting (100 by default); stunts in public. Fee: {@code depositPerDay} a shoot
 * day, a deposit for the officers on duty.
 */
public class PoliceRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		if (day.publicPlace()) {
			out.add(NLS.bind(Messages.policePublic, day.placeName()));
		}
		evidence(day, Hazard.FIREARMS, Messages.policeFirearms, out);
		int crowd = (int) Math.round(self.setting("crowd", 100)); //$NON-NLS-1$
		if (day.has(Hazard.CROWD) && day.extras() > crowd) {
			out.add(NLS.bind(Messages.policeCrowd, day.extras(), crowd));
		}
		if (day.publicPlace()) {
			evidence(day, Hazard.STUNTS, Messages.policeStunts, out);
		}
		return out;
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		return basicPlus(PermitField.HAZARDS);
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = usual(self, true);
		if (application.getHazards().contains(Hazard.FIREARMS)) {
			out.add(doc(DocumentKind.WEAPONS_LIST, Messages.docWeapons));
		}
		ownerConsent(application, out);
		return out;
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return perDay(application, self, "depositPerDay"); //$NON-NLS-1$
	}
}
