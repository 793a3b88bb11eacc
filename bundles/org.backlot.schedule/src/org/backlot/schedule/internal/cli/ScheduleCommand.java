// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.Costs;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Optimizer;
import org.backlot.schedule.api.OptimizerResult;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.schedule.api.Violation;
import org.backlot.schedule.internal.solver.Texts;
import org.eclipse.osgi.util.NLS;

/**
 * {@code schedule FILE [--optimize] [--start DATE] [--seconds S] [--seed N] [--save] [--json]}:
 * prints the active board's days, unscheduled scenes, cost terms and
 * constraint statuses; optimises it first on request, and writes the result
 * back only with --save.
 */
public class ScheduleCommand implements CliCommand {
	static final String START = "--start", SECONDS = "--seconds", SEED = "--seed", OPTIMIZE = "--optimize", SAVE = "--save", JSON = "--json"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(START, SECONDS, SEED), Set.of(OPTIMIZE, SAVE, JSON));
		String file = args.single(Messages.argFile);
		boolean json = context.json() || args.has(JSON);
		double seconds = seconds(args, 5);
		long seed = seed(args);
		LocalDate start = args.dateOption(START, null);
		Production p = load(file);
		Schedule board = Boards.active(p);
		if (board == null) {
			throw new CliException(NLS.bind(Messages.noBoard, file), CliException.BAD_INPUT);
		}
		if (start != null) {
			board.setStartDate(ShootCalendar.toDate(start));
		}
		SceneNeeds needs = SceneNeeds.of(p, board);
		Plan plan = Boards.read(board);
		CostBreakdown before = null;
		ScheduleJson.RunJson run = null;
		OptimizerResult result = null;
		if (args.has(OPTIMIZE)) {
			before = Costs.of(p, board, plan, needs);
			boolean keep = plan.dayCount() > 0;
			result = Optimizer.optimize(p, board, new Optimizer.Options(seconds, seed, keep), null, () -> false);
			List<String> blocking = new ArrayList<>();
			result.blocking().forEach(v -> blocking.add(v.message()));
			run = new ScheduleJson.RunJson(result.feasible(), result.iterations(), result.millis(), seconds, seed, blocking);
			if (!keep) {
				before = result.startCost(); // an empty board: compare with the classic sort the run started from
			}
			if (result.feasible()) {
				plan = result.plan();
			}
		}
		boolean saved = false;
		if (args.has(SAVE) && (result == null || result.feasible())) {
			Boards.apply(p, board, plan);
			CliFiles.save(p.eResource());
			saved = true;
		}
		CostBreakdown cost = Costs.of(p, board, plan, needs);
		List<ConstraintStatus> statuses = Constraints.check(p, board, plan);
		List<DayKind> kinds = new ArrayList<>();
		plan.days().forEach(d -> kinds.add(DayKind.of(d)));
		ShootCalendar calendar = ShootCalendar.of(p, board);
		ShootCalendar.Dated dated = calendar.date(kinds);
		if (json) {
			List<ScheduleJson.SceneJson> unscheduled = new ArrayList<>();
			plan.unscheduled().forEach(s -> unscheduled.add(ScheduleJson.SceneJson.of(s, needs)));
			List<ScheduleJson.ConstraintJson> cj = new ArrayList<>();
			statuses.forEach(s -> cj.add(ScheduleJson.ConstraintJson.of(s)));
			context.printJson(new ScheduleJson(board.getName(), calendar.start().toString(), ScheduleJson.days(plan, dated, needs), unscheduled, cost, cj,
					before, run, saved));
		} else {
			PrintStream out = context.out();
			out.println(NLS.bind(Messages.boardHeader, new Object[] { board.getName(), plan.dayCount(), plan.unscheduled().size(),
					Texts.date(calendar.start()) }));
			if (before != null) {
				BoardText.cost(out, result != null && Boards.read(board).dayCount() == 0 ? Messages.costStart : Messages.costBefore, before);
			}
			if (result != null) {
				out.println(result.feasible() ? NLS.bind(Messages.optimized, new Object[] { BoardText.number(before.total()),
						BoardText.number(result.cost().total()), percent(before.total(), result.cost().total()), result.iterations(), result.millis() })
						: Messages.noFeasible);
				for (Violation v : result.blocking()) {
					out.println("    " + v.message()); //$NON-NLS-1$
				}
			}
			BoardText.days(out, plan, dated, needs);
			BoardText.unscheduled(out, plan, needs);
			BoardText.cost(out, result != null ? Messages.costAfter : Messages.costHeader, cost);
			BoardText.constraints(out, statuses);
			if (saved) {
				out.println(NLS.bind(Messages.saved, file));
			}
		}
		return result != null && !result.feasible() ? 1 : 0;
	}

	static String percent(double from, double to) {
		return from <= 0 ? "0" : String.format("%.1f", 100 * (from - to) / from); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Production load(String file) throws CliException {
		return CliFiles.production(file);
	}

	static double seconds(CliArgs args, double fallback) throws CliException {
		String v = args.option(SECONDS, null);
		if (v == null) {
			return fallback;
		}
		try {
			double s = Double.parseDouble(v);
			if (s > 0 && s <= 3600) {
				return s;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new CliException(NLS.bind(Messages.badSeconds, SECONDS, v));
	}

	static long seed(CliArgs args) throws CliException {
		String v = args.option(SEED, null);
		if (v == null) {
			return 1;
		}
		try {
			return Long.parseLong(v);
		} catch (NumberFormatException e) {
			throw new CliException(NLS.bind(Messages.badNumber, SEED, v));
		}
	}
}
