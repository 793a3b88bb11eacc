// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.WorkingDays;

/**
 * Works out which approvals the days need: asks each authority's rules about each day at each place, groups the days
 * that need it (per place, or for the whole production), and finds how the production's applications cover them.
 */
public final class Derivation {
	/**
	 * A requirement with what its coverage was worked out from.
	 *
	 * @param requirement the requirement
	 * @param leadDays    working days before the first day the application must be in
	 * @param targetDays  working days the authority takes to decide
	 * @param cover       how the approved applications cover its days
	 * @param expected    when a submitted application is expected to be decided, else null
	 */
	public record Derived(Requirement requirement, int leadDays, int targetDays, Cover cover, LocalDate expected) {
	}

	private Derivation() {
	}

	/** The requirements of these days, authority by authority in the given order. */
	public static List<Derived> derive(Production p, List<DayAtPlace> days, LocalDate today, List<AuthorityDefinition> authorities) {
		List<Derived> out = new ArrayList<>();
		if (days.isEmpty() || authorities.isEmpty()) {
			return out;
		}
		Match match = new Match(authorities);
		WorkingDays wd = WorkingDays.of(p);
		Map<AuthorityDefinition, List<PermitApplication>> applications = new HashMap<>();
		for (PermitApplication a : p.getPermitApplications()) {
			AuthorityDefinition d = match.of(a.getAuthority());
			if (d != null) {
				applications.computeIfAbsent(d, k -> new ArrayList<>()).add(a);
			}
		}
		Cover.Reader reader = new Cover.Reader();
		for (AuthorityDefinition d : authorities) {
			Map<Object, List<DayAtPlace>> groups = new LinkedHashMap<>();
			Map<Object, Set<String>> reasons = new HashMap<>();
			for (DayAtPlace day : days) {
				List<String> why = d.rules().reasons(day, d);
				if (why == null || why.isEmpty()) {
					continue;
				}
				Object key = d.scope() == AuthorityDefinition.Scope.PRODUCTION ? d : place(day);
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(day);
				reasons.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(why);
			}
			if (groups.isEmpty()) {
				continue;
			}
			Authority record = match.record(p.getStudio(), d);
			int lead = record != null && record.getLeadTimeDays() > 0 ? record.getLeadTimeDays() : d.leadTimeDays();
			int target = record != null && record.getTargetDays() > 0 ? record.getTargetDays() : d.targetDays();
			Candidates candidates = new Candidates(applications.getOrDefault(d, List.of()));
			for (Map.Entry<Object, List<DayAtPlace>> g : groups.entrySet()) {
				List<DayAtPlace> list = List.copyOf(g.getValue());
				DayAtPlace first = list.get(0);
				boolean production = d.scope() == AuthorityDefinition.Scope.PRODUCTION;
				String placeName = production ? Messages.allPlaces : first.placeName();
				LocalDate submitBy = wd.minus(first.date(), lead);
				LocalDate decideBy = wd.minus(first.date().minusDays(1), 0);
				Cover cover = reader.cover(production, first, list, production ? candidates.all : candidates.at(first, list));
				LocalDate expected = cover.pending() == null ? null : reader.expected(cover.pending(), wd, target, today);
				Requirement.Coverage coverage = cover.coverage(expected != null && expected.isAfter(decideBy));
				Requirement r = new Requirement(d, record, production ? null : first.location(), placeName, list, List.copyOf(reasons.get(g.getKey())),
						cover.application(), coverage, submitBy, decideBy);
				out.add(new Derived(r, lead, target, cover, expected));
			}
		}
		return out;
	}

	/** Where a day is, for grouping: the location, else the stage, else the place's name. */
	static Object place(DayAtPlace day) {
		if (day.location() != null) {
			return day.location();
		}
		return day.stage() != null ? day.stage() : day.placeName();
	}

	/** An authority's applications, indexed by location and by scene. */
	private static final class Candidates {
		final List<PermitApplication> all;
		private Map<Object, List<PermitApplication>> byLocation;
		private Map<Scene, List<PermitApplication>> byScene;

		Candidates(List<PermitApplication> all) {
			this.all = all;
		}

		/** The applications for a place: those listing its location (none listed for a stage), and those for its scenes. */
		List<PermitApplication> at(DayAtPlace first, List<DayAtPlace> days) {
			if (all.isEmpty()) {
				return all;
			}
			if (byLocation == null) {
				byLocation = new IdentityHashMap<>();
				byScene = new IdentityHashMap<>();
				for (PermitApplication a : all) {
					if (a.getLocations().isEmpty()) {
						byLocation.computeIfAbsent(Cover.NO_LOCATION, k -> new ArrayList<>()).add(a);
					}
					a.getLocations().forEach(l -> byLocation.computeIfAbsent(l, k -> new ArrayList<>()).add(a));
					a.getScenes().forEach(s -> byScene.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
				}
			}
			Set<PermitApplication> out = new LinkedHashSet<>(byLocation.getOrDefault(first.location() != null ? first.location() : Cover.NO_LOCATION, List.of()));
			for (DayAtPlace d : days) {
				for (Scene s : d.scenes()) {
					out.addAll(byScene.getOrDefault(s, List.of()));
				}
			}
			return List.copyOf(out);
		}
	}
}
