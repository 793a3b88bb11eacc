// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.cli;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.backlot.core.api.Eighths;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.CostTerm;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.schedule.api.Violation;
import org.backlot.schedule.internal.solver.Texts;
import org.eclipse.osgi.util.NLS;

/** Prints a board as text: its days with their scenes, the unscheduled scenes, the cost and the constraints. */
final class BoardText {
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private BoardText() {
	}

	static void days(PrintStream out, Plan plan, ShootCalendar.Dated dated, SceneNeeds needs) {
		for (int d = 0; d < plan.dayCount(); d++) {
			List<Scene> day = plan.days().get(d);
			int eighths = day.stream().mapToInt(Scene::getEighths).sum();
			out.println(NLS.bind(Messages.dayLine, new Object[] { d + 1, Texts.date(dated.dates().get(d)), HH_MM.format(dated.calls().get(d)),
					HH_MM.format(dated.wraps().get(d)), Eighths.format(eighths) }));
			for (Scene s : day) {
				scene(out, s, needs);
			}
		}
	}

	static void unscheduled(PrintStream out, Plan plan, SceneNeeds needs) {
		if (plan.unscheduled().isEmpty()) {
			return;
		}
		out.println(NLS.bind(Messages.unscheduledHeader, plan.unscheduled().size()));
		for (Scene s : plan.unscheduled()) {
			scene(out, s, needs);
		}
	}

	private static void scene(PrintStream out, Scene s, SceneNeeds needs) {
		String ie = s.getIntExt() == null ? "" : s.getIntExt().getLiteral(); //$NON-NLS-1$
		out.println(String.format("    %-5s %-7s %-28s %-2s %7s  %s", s.getNumber(), ie, //$NON-NLS-1$
				s.getSetName() == null ? "" : s.getSetName(), DayKind.isNight(s) ? "N" : "D", Eighths.format(s.getEighths()), needs.castNumbers(s))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static void cost(PrintStream out, String title, CostBreakdown cost) {
		out.println(title);
		for (CostTerm t : cost.terms()) {
			out.println(String.format("  %-34s %8s x %10s = %12s", t.label(), number(t.count()), number(t.unitCost()), number(t.cost()))); //$NON-NLS-1$
		}
		out.println(String.format("  %-34s %36s", Messages.total, number(cost.total()))); //$NON-NLS-1$
	}

	static void constraints(PrintStream out, List<ConstraintStatus> statuses) {
		out.println(Messages.constraintsHeader);
		for (ConstraintStatus s : statuses) {
			out.println(NLS.bind(Messages.constraintLine, new Object[] { s.holds() ? Messages.ok : Messages.broken, s.label(), s.explanation() }));
			for (Violation v : s.violations()) {
				out.println("      " + v.message()); //$NON-NLS-1$
			}
		}
	}

	static String number(double v) {
		return v == Math.rint(v) ? String.format("%,d", (long) v) : String.format("%,.2f", v); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
