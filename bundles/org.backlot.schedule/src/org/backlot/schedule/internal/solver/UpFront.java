// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.Eighths;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.ConstraintKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.Violation;
import org.eclipse.osgi.util.NLS;

/** Turns a plan into the optimiser's start structure, and finds what no plan can honour before searching. */
public final class UpFront {
	private UpFront() {
	}

	/** The plan's days as scene indices (empty days dropped), every other scene of the problem inserted where it costs least. */
	public static List<int[]> compile(Problem pb, Plan plan, Evaluator ev) {
		List<int[]> days = new ArrayList<>();
		boolean[] placed = new boolean[pb.n];
		for (List<Scene> day : plan.days()) {
			List<Integer> idx = new ArrayList<>();
			for (Scene s : day) {
				int i = pb.indexOf(s);
				if (i >= 0 && !placed[i]) {
					placed[i] = true;
					idx.add(i);
				}
			}
			if (!idx.isEmpty()) {
				days.add(idx.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		double lambda = Math.max(100_000, pb.wShoot);
		for (int i = 0; i < pb.n; i++) {
			if (!placed[i]) {
				Rebuild.insertBest(days, i, ev, lambda);
			}
		}
		return days;
	}

	/** Constraints no plan can meet: scenes longer than a day, scenes that no date in reach allows. */
	public static List<Violation> blocking(Problem pb) {
		List<Violation> out = new ArrayList<>();
		int reach = Math.min(pb.workdays.length, pb.n + 30);
		for (int i = 0; i < pb.n; i++) {
			Scene s = pb.scenes[i];
			if (pb.eighths[i] > pb.maxEighths) {
				out.add(new Violation(ConstraintKind.PAGES_PER_DAY, -1, List.of(s),
						NLS.bind(Messages.sceneTooLong, new Object[] { s.getNumber(), Eighths.format(pb.eighths[i]), Eighths.format(pb.maxEighths) })));
			}
			if (pb.minutes[i] > pb.maxMinutes) {
				out.add(new Violation(ConstraintKind.MINUTES_PER_DAY, -1, List.of(s),
						NLS.bind(Messages.sceneTooSlow, new Object[] { s.getNumber(), pb.minutes[i], pb.maxMinutes })));
			}
			if (pb.forbidden[i] != null) {
				boolean all = true;
				for (int k = 0; k < reach && all; k++) {
					all = pb.isForbidden(i, pb.workdays[k]);
				}
				if (all) {
					var first = pb.restrictions.blocks(s, pb.date(pb.workdays[0]), 0);
					String why = first.isEmpty() ? "" : first.get(0).message(); //$NON-NLS-1$
					out.add(new Violation(first.isEmpty() ? ConstraintKind.CAST_AVAILABILITY : first.get(0).kind(), -1, List.of(s),
							NLS.bind(Messages.neverPossible, new Object[] { s.getNumber(), Texts.date(pb.date(pb.workdays[0])),
									Texts.date(pb.date(pb.workdays[reach - 1])), why })));
				}
			}
		}
		return out;
	}
}
