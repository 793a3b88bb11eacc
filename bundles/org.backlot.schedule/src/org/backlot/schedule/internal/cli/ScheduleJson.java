// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.schedule.api.Violation;

/**
 * The {@code schedule} command's JSON output.
 *
 * @param board       the board's name
 * @param start       the first possible shoot date (ISO)
 * @param days        the shoot days
 * @param unscheduled scenes in no day
 * @param cost        the cost of the days shown
 * @param constraints each constraint's status
 * @param before      with --optimize: the cost of the board before
 * @param optimizer   with --optimize: the run
 * @param saved       whether the file was written
 */
record ScheduleJson(String board, String start, List<DayJson> days, List<SceneJson> unscheduled, CostBreakdown cost,
		List<ConstraintJson> constraints, CostBreakdown before, RunJson optimizer, boolean saved) {

	/** One shoot day. */
	record DayJson(int day, String date, String crewCall, String wrap, String kind, int restDaysBefore, List<SceneJson> scenes) {
	}

	/** One scene on a strip. */
	record SceneJson(String number, String intExt, String set, String dayNight, int eighths, String cast) {
		static SceneJson of(Scene s, SceneNeeds needs) {
			return new SceneJson(s.getNumber(), s.getIntExt() == null ? "" : s.getIntExt().getLiteral(), s.getSetName(), //$NON-NLS-1$
					DayKind.isNight(s) ? "N" : "D", s.getEighths(), needs.castNumbers(s)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** One constraint's status. */
	record ConstraintJson(String kind, String label, boolean holds, String explanation, List<String> violations) {
		static ConstraintJson of(ConstraintStatus s) {
			List<String> v = new ArrayList<>();
			for (Violation x : s.violations()) {
				v.add(x.message());
			}
			return new ConstraintJson(s.kind().name(), s.label(), s.holds(), s.explanation(), v);
		}
	}

	/** An optimiser run. */
	record RunJson(boolean feasible, long iterations, long millis, double seconds, long seed, List<String> blocking) {
	}

	/** The days of a plan, dated. */
	static List<DayJson> days(Plan plan, ShootCalendar.Dated dated, SceneNeeds needs) {
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
		List<DayJson> out = new ArrayList<>();
		for (int d = 0; d < plan.dayCount(); d++) {
			List<SceneJson> scenes = new ArrayList<>();
			for (Scene s : plan.days().get(d)) {
				scenes.add(SceneJson.of(s, needs));
			}
			out.add(new DayJson(d + 1, dated.dates().get(d).toString(), hhmm.format(dated.calls().get(d)), hhmm.format(dated.wraps().get(d)),
					DayKind.of(plan.days().get(d)).name(), dated.restDays().get(d), scenes));
		}
		return out;
	}
}
