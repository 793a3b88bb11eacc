// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.backlot.core.api.Ids;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.Requirement;
import org.eclipse.osgi.util.NLS;

/** Pre-filled draft applications for the requirements no application covers yet. */
public final class Drafts {
	private static final PermitsFactory F = PermitsFactory.eINSTANCE;

	private Drafts() {
	}

	/**
	 * New drafts (not added to the production) for the requirements with coverage MISSING; an authority the studio
	 * lists no record of gets a new record (not added to the studio), shared by its drafts.
	 */
	public static List<PermitApplication> of(Production p, List<Requirement> requirements) {
		List<PermitApplication> out = new ArrayList<>();
		Map<String, Authority> created = new HashMap<>();
		Person inCharge = personInCharge(p);
		String user = System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Date now = new Date();
		for (Requirement r : requirements) {
			if (r.coverage() != Requirement.Coverage.MISSING || r.days().isEmpty()) {
				continue;
			}
			AuthorityDefinition d = r.authority();
			Authority record = r.studioRecord() != null ? r.studioRecord() : created.computeIfAbsent(d.id(), k -> record(d));
			PermitApplication a = F.createPermitApplication();
			a.setId(Ids.newId());
			a.setAuthority(record);
			a.setApplicant(p.getCompany() == null ? "" : p.getCompany()); //$NON-NLS-1$
			a.setPersonInCharge(inCharge);
			fill(p, r, a);
			a.getReasons().addAll(r.reasons());
			for (DocumentKind kind : d.rules().documents(a, d)) {
				PermitDocument doc = F.createPermitDocument();
				doc.setKind(kind.key());
				doc.setPath(""); //$NON-NLS-1$
				doc.setRequired(true);
				a.getDocuments().add(doc);
			}
			a.setFee(d.rules().fee(a, d));
			a.setStatus(PermitStatus.DRAFT);
			StatusChange c = F.createStatusChange();
			c.setStatus(PermitStatus.DRAFT);
			c.setAt(now);
			c.setBy(user);
			a.getHistory().add(c);
			out.add(a);
		}
		return out;
	}

	/** A studio record of a contributed authority, following it by its rule id. */
	static Authority record(AuthorityDefinition d) {
		Authority a = F.createAuthority();
		a.setId(Ids.newId());
		a.setRuleId(d.id());
		a.setKind(d.kind());
		a.setName(d.name());
		a.setNameZh(d.nameZh());
		a.setLeadTimeDays(d.leadTimeDays());
		a.setTargetDays(d.targetDays());
		return a;
	}

	private static void fill(Production p, Requirement r, PermitApplication a) {
		AuthorityDefinition d = r.authority();
		Set<Location> locations = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<Scene> scenes = new LinkedHashSet<>();
		Set<Hazard> hazards = new TreeSet<>();
		Set<String> types = new LinkedHashSet<>();
		int heads = 0;
		int vehicles = 0;
		for (DayAtPlace day : r.days()) {
			if (day.location() != null && locations.add(day.location())) {
				a.getLocations().add(day.location());
			}
			scenes.addAll(day.scenes());
			hazards.addAll(day.hazards().keySet());
			types.addAll(day.vehicleTypes());
			heads = Math.max(heads, day.headCount());
			vehicles = Math.max(vehicles, day.vehicles());
		}
		a.getScenes().addAll(scenes);
		a.getHazards().addAll(hazards);
		a.setHeadCount(heads);
		a.setVehicleCount(vehicles);
		a.setVehicleTypes(String.join(", ", types)); //$NON-NLS-1$
		a.setDescription(description(p, r, scenes));
		periods(r, a);
		if (d.kind() == AuthorityKind.TRAFFIC_POLICE) {
			for (DayAtPlace day : r.days()) {
				if (day.road() && day.vehicles() > 0) {
					RoadClosure c = F.createRoadClosure();
					String address = day.location().getAddress();
					c.setRoad(address == null || address.isBlank() ? day.location().getName() : address);
					c.setStart(Times.toDate(day.from().plusHours(Facts.PREP_HOURS)));
					c.setEnd(Times.toDate(day.to().minusHours(Facts.STRIKE_HOURS)));
					c.setTrafficPlan(""); //$NON-NLS-1$
					a.getRoadClosures().add(c);
				}
			}
		}
		if (d.kind() == AuthorityKind.URBAN_MANAGEMENT) {
			a.setEquipment(vehicles > 0 ? NLS.bind(Messages.equipmentVehicles, r.placeName(), a.getVehicleTypes())
					: NLS.bind(Messages.equipment, r.placeName()));
		}
	}

	/**
	 * Each day's prep, shoot and strike at the place (prep and strike hours from the authority's settings
	 * {@code prepHours} and {@code strikeHours}, one hour each by default); for a production-wide authority one shoot
	 * period from the first day's start to the last day's end.
	 */
	private static void periods(Requirement r, PermitApplication a) {
		AuthorityDefinition d = r.authority();
		if (d.scope() == AuthorityDefinition.Scope.PRODUCTION) {
			LocalDateTime from = r.days().get(0).from();
			LocalDateTime to = r.days().get(0).to();
			for (DayAtPlace day : r.days()) {
				from = day.from().isBefore(from) ? day.from() : from;
				to = day.to().isAfter(to) ? day.to() : to;
			}
			a.getPeriods().add(period(PeriodKind.SHOOT, from, to));
			return;
		}
		long prep = Math.round(Math.max(0, d.setting("prepHours", Facts.PREP_HOURS)) * 60); //$NON-NLS-1$
		long strike = Math.round(Math.max(0, d.setting("strikeHours", Facts.STRIKE_HOURS)) * 60); //$NON-NLS-1$
		for (DayAtPlace day : r.days()) {
			LocalDateTime start = day.from().plusHours(Facts.PREP_HOURS);
			LocalDateTime end = day.to().minusHours(Facts.STRIKE_HOURS);
			if (prep > 0) {
				a.getPeriods().add(period(PeriodKind.PREP, start.minusMinutes(prep), start));
			}
			a.getPeriods().add(period(PeriodKind.SHOOT, start, end));
			if (strike > 0) {
				a.getPeriods().add(period(PeriodKind.STRIKE, end, end.plusMinutes(strike)));
			}
		}
	}

	private static PermitPeriod period(PeriodKind kind, LocalDateTime from, LocalDateTime to) {
		PermitPeriod p = F.createPermitPeriod();
		p.setKind(kind);
		p.setStart(Times.toDate(from));
		p.setEnd(Times.toDate(to));
		return p;
	}

	private static String description(Production p, Requirement r, Set<Scene> scenes) {
		String title = p.getTitle() == null ? "" : p.getTitle(); //$NON-NLS-1$
		if (p.getOriginalTitle() != null && !p.getOriginalTitle().isBlank() && !p.getOriginalTitle().equals(title)) {
			title = title + " " + p.getOriginalTitle(); //$NON-NLS-1$
		}
		DayAtPlace first = r.days().get(0);
		DayAtPlace last = r.days().get(r.days().size() - 1);
		Set<LocalDate> dates = new LinkedHashSet<>();
		r.days().forEach(x -> dates.add(x.date()));
		StringBuilder b = new StringBuilder(NLS.bind(Messages.description,
				new Object[] { title, r.placeName(), dates.size(), Times.text(first.date()), Times.text(last.date()) }));
		for (Scene s : scenes) {
			String synopsis = s.getSynopsis() == null ? "" : s.getSynopsis().trim(); //$NON-NLS-1$
			String set = s.getSetName() == null ? "" : s.getSetName(); //$NON-NLS-1$
			b.append('\n').append(NLS.bind(Messages.descriptionScene, new Object[] { s.getNumber(), set, synopsis }));
		}
		return b.toString();
	}

	/** The production's location manager, else the first person of its production department, else null. */
	static Person personInCharge(Production p) {
		for (Person x : p.getPeople()) {
			String role = x.getRole() == null ? "" : x.getRole().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (role.contains("location manager") || role.contains("\u5916\u8054")) { //$NON-NLS-1$ //$NON-NLS-2$
				return x;
			}
		}
		for (Person x : p.getPeople()) {
			if (x.getDepartment() != null && ("Production".equalsIgnoreCase(x.getDepartment().getName()) //$NON-NLS-1$
					|| "\u5236\u7247\u7ec4".equals(x.getDepartment().getNameZh()))) { //$NON-NLS-1$
				return x;
			}
		}
		return null;
	}
}
