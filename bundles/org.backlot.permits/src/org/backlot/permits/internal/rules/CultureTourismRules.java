// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.eclipse.osgi.util.NLS;

/**
 * The culture and tourism bureau: every production filming in the district registers once, for all its days at
 * listed locations and out of doors (not on the base's stages); scenic spots and heritage sites are named. No fee.
 */
public class CultureTourismRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		if (day.location() == null && (day.stage() != null || !day.exterior())) {
			return out;
		}
		out.add(NLS.bind(Messages.cultureFilming, day.placeName()));
		if (day.landmark()) {
			out.add(NLS.bind(Messages.cultureHeritage, day.placeName()));
		}
		return out;
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		return List.of(doc(DocumentKind.REGISTRATION, Messages.docRegistration), doc(DocumentKind.SYNOPSIS, Messages.docSynopsis),
				doc(DocumentKind.CREW_LIST, Messages.docCrewList));
	}
}
