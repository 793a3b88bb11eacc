// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.AuthorityRules;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.backlot.permits.internal.derive.Times;
import org.eclipse.osgi.util.NLS;

/** What Backlot's own authority rules share: reasons from a day's evidence, the usual documents, fees per shoot day. */
abstract class BaseRules implements AuthorityRules {

	/** One reason per piece of evidence of the hazard ("Firearms or prop weapons: Scene 15: Mauser pistol (Weapons)"). */
	static void evidence(DayAtPlace day, Hazard h, String template, List<String> into) {
		for (String e : day.hazards().getOrDefault(h, List.of())) {
			into.add(NLS.bind(template, e));
		}
	}

	/** A document of one of Backlot's common kinds ({@link DocumentKind}'s keys). */
	static DocumentKind doc(String key, String label) {
		return new DocumentKind(key, label);
	}

	/** The insurance certificate naming the authority. */
	static DocumentKind insurance(AuthorityDefinition self) {
		return doc(DocumentKind.INSURANCE, NLS.bind(Messages.docInsurance, self.label()));
	}

	/** The insurance certificate naming the authority, the crew list and the site plan, as nearly every authority asks. */
	static List<DocumentKind> usual(AuthorityDefinition self, boolean crewList) {
		List<DocumentKind> out = new ArrayList<>();
		out.add(insurance(self));
		if (crewList) {
			out.add(doc(DocumentKind.CREW_LIST, Messages.docCrewList));
		}
		out.add(doc(DocumentKind.SITE_PLAN, Messages.docSitePlan));
		return out;
	}

	/** Adds the owner's consent when the application covers private property. */
	static void ownerConsent(PermitApplication a, List<DocumentKind> into) {
		for (Location l : a.getLocations()) {
			if (l.getType() == LocationType.PRIVATE) {
				into.add(doc(DocumentKind.OWNER_CONSENT, Messages.docOwnerConsent));
				return;
			}
		}
	}

	/** The dates the application shoots on (its shoot periods, else all its periods). */
	static Set<LocalDate> shootDates(PermitApplication a) {
		Set<LocalDate> shoot = new TreeSet<>();
		Set<LocalDate> any = new TreeSet<>();
		for (PermitPeriod p : a.getPeriods()) {
			Times.Span s = Times.span(p);
			if (s == null) {
				continue;
			}
			for (LocalDate d = s.from().toLocalDate(); d.isBefore(s.to().toLocalDate()) || d.equals(s.from().toLocalDate()); d = d.plusDays(1)) {
				any.add(d);
				if (p.getKind() == PeriodKind.SHOOT) {
					shoot.add(d);
				}
			}
		}
		return shoot.isEmpty() ? any : shoot;
	}

	/** The dates the application closes roads on. */
	static Set<LocalDate> closureDates(PermitApplication a) {
		Set<LocalDate> out = new TreeSet<>();
		for (RoadClosure c : a.getRoadClosures()) {
			if (c.getStart() != null) {
				out.add(Times.date(c.getStart()));
			}
		}
		return out;
	}

	/** A rate per shoot day from a setting, times the application's shoot days. */
	static double perDay(PermitApplication a, AuthorityDefinition self, String setting) {
		return Math.max(0, self.setting(setting, 0)) * shootDates(a).size();
	}

	/** The basic fields every authority asks for, and these. */
	static Set<PermitField> basicPlus(PermitField... more) {
		Set<PermitField> out = EnumSet.copyOf(PermitField.BASIC);
		out.addAll(List.of(more));
		return out;
	}
}
