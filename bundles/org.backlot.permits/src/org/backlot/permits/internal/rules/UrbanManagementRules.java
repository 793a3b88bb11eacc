// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.backlot.permits.internal.derive.Times;
import org.eclipse.osgi.util.NLS;

/**
 * The urban management bureau: equipment and vehicles on public ground (exterior work in a public place), and work
 * in public past the {@code nightFrom} hour (22 by default) for the noise. Fee: {@code groundPerDay} a shoot day.
 */
public class UrbanManagementRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		if (!day.publicPlace()) {
			return out;
		}
		if (day.exterior()) {
			out.add(NLS.bind(Messages.urbanGround, day.placeName()));
		}
		int night = nightFrom(self);
		if (day.to().isAfter(day.date().atTime(night, 0))) {
			out.add(NLS.bind(Messages.urbanNight, new Object[] { Times.text(day.to()), night, day.placeName() }));
		}
		return out;
	}

	private static int nightFrom(AuthorityDefinition self) {
		return (int) Math.max(0, Math.min(23, Math.round(self.setting("nightFrom", 22)))); //$NON-NLS-1$
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		return basicPlus(PermitField.EQUIPMENT);
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = usual(self, false);
		if (atNight(application, nightFrom(self))) {
			out.add(doc(DocumentKind.NEIGHBOUR_NOTICE, Messages.docNeighbourNotice));
		}
		ownerConsent(application, out);
		return out;
	}

	/** Whether any period of the application runs past the night hour of its first day. */
	private static boolean atNight(PermitApplication a, int night) {
		for (PermitPeriod p : a.getPeriods()) {
			Times.Span s = Times.span(p);
			if (s == null) {
				continue;
			}
			LocalDateTime limit = s.from().toLocalDate().atTime(night, 0);
			boolean wholeDays = s.from().toLocalTime().equals(LocalTime.MIDNIGHT) && s.to().toLocalTime().equals(LocalTime.MIDNIGHT);
			if (!wholeDays && s.to().isAfter(limit)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return perDay(application, self, "groundPerDay"); //$NON-NLS-1$
	}
}
