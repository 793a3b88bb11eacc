// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.backlot.core.api.Eighths;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.schedule.internal.DayChecks;
import org.backlot.schedule.internal.solver.Messages;
import org.backlot.schedule.internal.solver.Restrictions;
import org.backlot.schedule.internal.solver.Texts;
import org.eclipse.osgi.util.NLS;

/**
 * Checks a plan against every hard constraint of the board: one status per
 * {@link ConstraintKind}, explaining why it holds or naming the actor,
 * location, scene, day and date where it breaks.
 */
public final class Constraints {
	private Constraints() {
	}

	/**
	 * The status of every constraint, pinned scenes compared with the days they have on the board, with the warnings
	 * of the contributed {@link DayCheck}s (a permit that cannot be approved in time...) added to their kinds.
	 */
	public static List<ConstraintStatus> check(Production p, Schedule board, Plan plan) {
		return check(p, board, plan, pinnedDays(board), DayChecks.all());
	}

	/** The violations of the board's own hard constraints (empty when the plan is feasible); no contributed day checks. */
	public static List<Violation> violations(Production p, Schedule board, Plan plan) {
		List<Violation> out = new ArrayList<>();
		check(p, board, plan, pinnedDays(board)).forEach(s -> out.addAll(s.violations()));
		return out;
	}

	/** The 0-based day of each pinned strip on the board (pinned strips not in a day are left out). */
	public static Map<Scene, Integer> pinnedDays(Schedule board) {
		Plan current = Boards.read(board);
		Map<Scene, Integer> out = new IdentityHashMap<>();
		for (var item : board.getItems()) {
			if (item instanceof Strip s && s.isPinned() && s.getScene() != null && current.dayOf(s.getScene()) >= 0) {
				out.put(s.getScene(), current.dayOf(s.getScene()));
			}
		}
		return out;
	}

	/**
	 * The status of the board's own hard constraints, as the optimiser honours them, pinned scenes required on the given
	 * 0-based days; the contributed day checks are left out.
	 */
	public static List<ConstraintStatus> check(Production p, Schedule board, Plan plan, Map<Scene, Integer> pinnedDays) {
		return check(p, board, plan, pinnedDays, List.of());
	}

	/**
	 * The status of every constraint, pinned scenes required on the given 0-based days, with the violations of these
	 * day checks added to their kinds (a contributed check that throws is reported once and dropped).
	 */
	public static List<ConstraintStatus> check(Production p, Schedule board, Plan plan, Map<Scene, Integer> pinnedDays,
			List<DayCheck> dayChecks) {
		SceneNeeds needs = SceneNeeds.of(p, board);
		Restrictions restrictions = new Restrictions(p, needs);
		ShootCalendar calendar = ShootCalendar.of(p, board);
		List<DayKind> kinds = new ArrayList<>();
		plan.days().forEach(d -> kinds.add(DayKind.of(d)));
		ShootCalendar.Dated dated = calendar.date(kinds);
		Map<ConstraintKind, List<Violation>> found = new EnumMap<>(ConstraintKind.class);
		for (ConstraintKind k : ConstraintKind.values()) {
			found.put(k, new ArrayList<>());
		}
		int maxEighths = board.getMaxEighthsPerDay() > 0 ? board.getMaxEighthsPerDay() : 48;
		int maxMinutes = board.getMaxMinutesPerDay() > 0 ? board.getMaxMinutesPerDay() : 720;
		Map<CastMember, TreeSet<Integer>> work = new LinkedHashMap<>();
		int restricted = 0;
		for (int d = 0; d < plan.dayCount(); d++) {
			List<Scene> day = plan.days().get(d);
			LocalDate date = dated.dates().get(d);
			int eighths = 0;
			int minutes = needs.dayMinutes(day);
			for (Scene s : day) {
				eighths += s.getEighths();
				for (CastMember c : needs.cast(s)) {
					work.computeIfAbsent(c, k -> new TreeSet<>()).add(d);
				}
				if (restrictions.concerns(s)) {
					restricted++;
				}
				for (Restrictions.Block b : restrictions.blocks(s, date, d)) {
					found.get(b.kind()).add(new Violation(b.kind(), d, List.of(s), b.message()));
				}
			}
			if (eighths > maxEighths) {
				found.get(ConstraintKind.PAGES_PER_DAY).add(new Violation(ConstraintKind.PAGES_PER_DAY, d, day, NLS.bind(Messages.tooManyPages,
						new Object[] { d + 1, Texts.date(date), Eighths.format(eighths), Eighths.format(maxEighths), Texts.scenes(day) })));
			}
			if (minutes > maxMinutes) {
				found.get(ConstraintKind.MINUTES_PER_DAY).add(new Violation(ConstraintKind.MINUTES_PER_DAY, d, day,
						NLS.bind(Messages.tooManyMinutes, new Object[] { d + 1, Texts.date(date), minutes, maxMinutes, Texts.scenes(day) })));
			}
		}
		int noHold = holdDrop(plan, needs, work, found.get(ConstraintKind.HOLD_DROP));
		pinned(plan, pinnedDays, dated, found.get(ConstraintKind.PINNED));
		int covers = weatherCover(board, plan, found.get(ConstraintKind.WEATHER_COVER));
		if (!dayChecks.isEmpty()) {
			DayChecks.run(dayChecks, p, board, plan, dated.dates(), found);
		}
		List<ConstraintStatus> out = new ArrayList<>();
		for (ConstraintKind k : ConstraintKind.values()) {
			List<Violation> v = found.get(k);
			String explanation = Explanations.explain(k, v.size(), new Explanations.Facts(maxEighths, maxMinutes, restrictions, restricted,
					noHold, pinnedDays.size(), covers, dated, calendar, p.getHolidays().size(), board.getDaysPerWeek()));
			out.add(new ConstraintStatus(k, Explanations.label(k), explanation, List.copyOf(v)));
		}
		return out;
	}

	private static int holdDrop(Plan plan, SceneNeeds needs, Map<CastMember, TreeSet<Integer>> work, List<Violation> out) {
		int noHold = 0;
		for (Map.Entry<CastMember, TreeSet<Integer>> e : work.entrySet()) {
			CastMember c = e.getKey();
			if (c.getDoodRule() == null || c.getDoodRule().isHoldAllowed()) {
				continue;
			}
			noHold++;
			int min = Costs.minDropGap(c);
			Integer prev = null;
			for (int d : e.getValue()) {
				if (prev != null && d - prev - 1 > 0 && d - prev - 1 < min) {
					List<Scene> scenes = new ArrayList<>();
					for (Scene s : plan.days().get(d)) {
						if (needs.cast(s).contains(c)) {
							scenes.add(s);
						}
					}
					out.add(new Violation(ConstraintKind.HOLD_DROP, d, scenes,
							NLS.bind(Messages.heldActor, new Object[] { Texts.castName(c), prev + 1, d + 1, d - prev - 1, min, Texts.scenes(scenes) })));
				}
				prev = d;
			}
		}
		return noHold;
	}

	private static void pinned(Plan plan, Map<Scene, Integer> pinnedDays, ShootCalendar.Dated dated, List<Violation> out) {
		for (Map.Entry<Scene, Integer> e : pinnedDays.entrySet()) {
			int now = plan.dayOf(e.getKey());
			if (now != e.getValue()) {
				String where = now < 0 ? Messages.unscheduledWord : NLS.bind(Messages.dayAndDate, now + 1, Texts.date(dated.dates().get(now)));
				out.add(new Violation(ConstraintKind.PINNED, now, List.of(e.getKey()),
						NLS.bind(Messages.pinnedMoved, new Object[] { e.getKey().getNumber(), e.getValue() + 1, where })));
			}
		}
	}

	private static int weatherCover(Schedule board, Plan plan, List<Violation> out) {
		int lastExt = -1;
		List<Scene> covers = new ArrayList<>();
		for (int d = 0; d < plan.dayCount(); d++) {
			for (Scene s : plan.days().get(d)) {
				Strip strip = Boards.strip(board, s);
				if (strip != null && strip.isWeatherCover()) {
					covers.add(s);
				} else if (s.getIntExt() == IntExt.EXT) {
					lastExt = d;
				}
			}
		}
		for (Scene s : covers) {
			int d = plan.dayOf(s);
			if (d < lastExt) {
				out.add(new Violation(ConstraintKind.WEATHER_COVER, d, List.of(s), NLS.bind(Messages.coverTooEarly, new Object[] { s.getNumber(), d + 1, lastExt + 1 })));
			}
		}
		return covers.size();
	}
}
