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
 * The traffic police: exterior scenes on a public road or street, for the vehicles in them (a road or lane closure) and
 * for the unit's parking on the road. Fee: {@code closurePerDay} a day with a road closure.
 */
public class TrafficPoliceRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		if (!day.road() || !day.exterior()) {
			return out;
		}
		evidence(day, Hazard.MOVING_VEHICLES, Messages.trafficVehicles, out);
		out.add(NLS.bind(Messages.trafficParking, day.placeName()));
		return out;
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		return basicPlus(PermitField.VEHICLES, PermitField.ROAD_CLOSURES);
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = usual(self, false);
		out.add(doc(DocumentKind.TRAFFIC_PLAN, Messages.docTrafficPlan));
		ownerConsent(application, out);
		return out;
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return Math.max(0, self.setting("closurePerDay", 0)) * closureDates(application).size(); //$NON-NLS-1$
	}
}
