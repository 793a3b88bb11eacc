// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Stage;
import org.backlot.schedule.internal.solver.Messages;

/**
 * The cost of a plan on a board, term by term: company moves within days,
 * location changes between days, cast days (work and hold days by each
 * actor's drop rule, at their daily rate), shoot days, stage days (first to
 * last use) and rest days forced by night-to-day turnarounds.
 */
public final class Costs {
	/** Term keys, in the order of {@link CostBreakdown#terms()}. */
	public static final String COMPANY_MOVES = "companyMoves", LOCATION_CHANGES = "locationChanges", CAST_DAYS = "castDays", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			SHOOT_DAYS = "shootDays", STAGE_DAYS = "stageDays", NIGHT_TO_DAY = "nightToDay"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Costs() {
	}

	/** The board's weights, or the defaults when it has none. */
	public static CostWeights weights(Schedule board) {
		return board.getWeights() != null ? board.getWeights() : ScheduleFactory.eINSTANCE.createCostWeights();
	}

	/** The cost of a plan on the board. */
	public static CostBreakdown of(Production p, Schedule board, Plan plan) {
		return of(p, board, plan, SceneNeeds.of(p, board));
	}

	/** The cost of a plan on the board, with the scene needs already computed. */
	public static CostBreakdown of(Production p, Schedule board, Plan plan, SceneNeeds needs) {
		CostWeights w = weights(board);
		List<List<Scene>> days = plan.days();
		int moves = 0;
		int changes = 0;
		String lastPlace = null;
		Map<CastMember, TreeSet<Integer>> work = new LinkedHashMap<>();
		Map<Stage, int[]> stages = new IdentityHashMap<>();
		List<DayKind> kinds = new ArrayList<>();
		for (int d = 0; d < days.size(); d++) {
			List<Scene> day = days.get(d);
			kinds.add(DayKind.of(day));
			String prev = null;
			for (Scene s : day) {
				String place = SceneNeeds.placeKey(s);
				if (prev == null) {
					if (lastPlace != null && !lastPlace.equals(place)) {
						changes++;
					}
				} else if (!prev.equals(place)) {
					moves++;
				}
				prev = place;
				for (CastMember c : needs.cast(s)) {
					work.computeIfAbsent(c, k -> new TreeSet<>()).add(d);
				}
				if (s.getStage() != null) {
					final int day0 = d;
					stages.merge(s.getStage(), new int[] { d, d }, (a, b) -> new int[] { Math.min(a[0], day0), Math.max(a[1], day0) });
				}
			}
			if (prev != null) {
				lastPlace = prev;
			}
		}
		double castCount = 0;
		double castCost = 0;
		for (Map.Entry<CastMember, TreeSet<Integer>> e : work.entrySet()) {
			CastMember c = e.getKey();
			int n = engagedDays(e.getValue(), minDropGap(c));
			castCount += n;
			castCost += n * (c.getDailyRate() > 0 ? c.getDailyRate() : w.getCastDay());
		}
		int stageDays = 0;
		for (int[] span : stages.values()) {
			stageDays += span[1] - span[0] + 1;
		}
		int rests = days.isEmpty() ? 0 : ShootCalendar.of(p, board).date(kinds).totalRestDays();
		List<CostTerm> terms = List.of(term(COMPANY_MOVES, Messages.costCompanyMoves, moves, w.getCompanyMove()),
				term(LOCATION_CHANGES, Messages.costLocationChanges, changes, w.getLocationChange()),
				new CostTerm(CAST_DAYS, Messages.costCastDays, castCount, w.getCastDay(), castCost),
				term(SHOOT_DAYS, Messages.costShootDays, days.size(), w.getShootDay()),
				term(STAGE_DAYS, Messages.costStageDays, stageDays, w.getStageDay()),
				term(NIGHT_TO_DAY, Messages.costNightToDay, rests, w.getNightToDay()));
		double total = 0;
		for (CostTerm t : terms) {
			total += t.cost();
		}
		return new CostBreakdown(terms, total);
	}

	private static CostTerm term(String key, String label, double count, double unit) {
		return new CostTerm(key, label, count, unit, count * unit);
	}

	/** The minimum idle gap (in shoot days) after which an actor is dropped rather than held. */
	public static int minDropGap(CastMember c) {
		return c.getDoodRule() != null ? c.getDoodRule().getMinDropGapDays() : Dood.DEFAULT_MIN_DROP_GAP;
	}

	/** Work days plus hold days of an actor working on these 0-based days: gaps shorter than the drop gap are held. */
	public static int engagedDays(java.util.SortedSet<Integer> workDays, int minDropGap) {
		int n = workDays.size();
		Integer prev = null;
		for (int d : workDays) {
			if (prev != null) {
				int gap = d - prev - 1;
				if (gap > 0 && gap < minDropGap) {
					n += gap;
				}
			}
			prev = d;
		}
		return n;
	}
}
