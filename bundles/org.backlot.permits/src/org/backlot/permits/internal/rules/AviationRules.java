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

/** The civil aviation authority: any drone flight out of doors (not inside a stage). No fee. */
public class AviationRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		if (day.stage() == null) {
			evidence(day, Hazard.DRONES, Messages.aviationDrone, out);
		}
		return out;
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		return basicPlus(PermitField.HAZARDS);
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = new ArrayList<>();
		out.add(insurance(self));
		out.add(doc(DocumentKind.DRONE_REGISTRATION, Messages.docDroneRegistration));
		out.add(doc(DocumentKind.PILOT_LICENCE, Messages.docPilotLicence));
		out.add(doc(DocumentKind.FLIGHT_PLAN, Messages.docFlightPlan));
		return out;
	}
}
