// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Plan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The accounts priced from the board's shoot days: the unit's crew days, the
 * days each stage and each location is used, and the background's
 * person-days (on each day, the largest crowd of each description that a
 * scene of the day needs).
 */
final class BoardAccounts {
	private final Production p;
	private final Schedule board;
	private final Plan plan;
	private final RateCard rates;

	BoardAccounts(Production p, Schedule board, Plan plan, RateCard rates) {
		this.p = p;
		this.board = board;
		this.plan = plan;
		this.rates = rates;
	}

	/** Shoot days × the card's crew day. */
	Account crew() {
		int days = plan.dayCount();
		List<Line> lines = days == 0 ? List.of() : List.of(Line.priced(Messages.lineUnit, NLS.bind(Messages.shootDays, days), days, rates.get(Rate.CREW_DAY), null));
		return new Account(Account.CREW, Messages.accountCrew, days == 0 ? why() : NLS.bind(Messages.shootDays, days), lines);
	}

	/** Days each stage is used × the card's stage day. */
	Account stages() {
		return placeAccount(Account.STAGES, Messages.accountStages, Scene::getStage, Names::stage, Rate.STAGE_DAY, Messages.stageDaysBasis);
	}

	/** Days at each location × the card's location day. */
	Account locations() {
		return placeAccount(Account.LOCATIONS, Messages.accountLocations, Scene::getLocation, Names::location, Rate.LOCATION_DAY,
				Messages.locationDaysBasis);
	}

	/** A line per place (stage or location): the days it is used × the rate. */
	private <T extends EObject> Account placeAccount(String key, String label, Function<Scene, T> place, Function<T, String> name, Rate rate,
			String basisPattern) {
		List<Line> lines = new ArrayList<>();
		placeDays(place).forEach((at, n) -> lines.add(Line.priced(name.apply(at), Names.count(n, Messages.oneDay, Messages.days), n, rates.get(rate), at)));
		return new Account(key, label, basis(lines, basisPattern), lines);
	}

	/** Background: atmosphere person-days × the card's extras day, then the silent bits. */
	Account background(List<Line> silentBits) {
		Map<Scene, List<ExtrasRequirement>> byScene = new IdentityHashMap<>();
		if (p != null && p.getBreakdown() != null) {
			for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
				if (r.getScene() != null && r.getCount() > 0) {
					byScene.computeIfAbsent(r.getScene(), k -> new ArrayList<>()).add(r);
				}
			}
		}
		int personDays = 0;
		int daysWithCrowd = 0;
		for (List<Scene> day : plan.days()) {
			Map<String, Integer> crowd = new HashMap<>();
			for (Scene s : day) {
				for (ExtrasRequirement r : byScene.getOrDefault(s, List.of())) {
					String who = r.getDescription() == null || r.getDescription().isBlank() ? "#" + System.identityHashCode(r) : r.getDescription().trim(); //$NON-NLS-1$
					crowd.merge(who, r.getCount(), Math::max);
				}
			}
			int n = crowd.values().stream().mapToInt(Integer::intValue).sum();
			personDays += n;
			daysWithCrowd += n > 0 ? 1 : 0;
		}
		List<Line> lines = new ArrayList<>();
		if (personDays > 0) {
			lines.add(Line.priced(Messages.lineAtmosphere, NLS.bind(Messages.atmosphereBasis, personDays, daysWithCrowd), personDays, rates.get(Rate.EXTRAS_DAY), null));
		}
		lines.addAll(silentBits);
		String basis = lines.isEmpty() ? (board == null ? Messages.noBoardShort : Messages.noBackground)
				: NLS.bind(Messages.backgroundBasis, personDays, silentBits.size());
		return new Account(Account.BACKGROUND, Messages.accountBackground, basis, lines);
	}

	/** For each stage or location the scenes are shot at, the number of shoot days it is used on, in order of first use. */
	private <T extends EObject> Map<T, Integer> placeDays(Function<Scene, T> place) {
		Map<T, Integer> days = new LinkedHashMap<>();
		for (List<Scene> day : plan.days()) {
			Map<T, Boolean> today = new IdentityHashMap<>();
			for (Scene s : day) {
				T at = place.apply(s);
				if (at != null && today.put(at, Boolean.TRUE) == null) {
					days.merge(at, 1, Integer::sum);
				}
			}
		}
		return days;
	}

	private String basis(List<Line> lines, String pattern) {
		if (lines.isEmpty()) {
			return why();
		}
		int days = 0;
		for (Line l : lines) {
			days += (int) l.quantity();
		}
		return NLS.bind(pattern, days, lines.size());
	}

	private String why() {
		return board == null ? Messages.noBoardShort : Messages.noShootDays;
	}
}
