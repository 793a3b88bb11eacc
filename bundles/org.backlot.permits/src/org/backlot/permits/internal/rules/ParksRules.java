// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.eclipse.osgi.util.NLS;

/** The parks and landmarks office: filming inside a park, scenic area or landmark. Fee: {@code sitePerDay} a shoot day. */
public class ParksRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		if (day.landmark()) {
			out.add(NLS.bind(Messages.parksLandmark, day.placeName()));
		}
		return out;
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = usual(self, true);
		ownerConsent(application, out);
		return out;
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return perDay(application, self, "sitePerDay"); //$NON-NLS-1$
	}
}
