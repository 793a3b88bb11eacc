// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ClassicSort;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.CostTerm;
import org.backlot.schedule.api.Costs;
import org.backlot.schedule.api.Optimizer;
import org.backlot.schedule.api.OptimizerResult;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.internal.solver.BenchInstance;
import org.eclipse.osgi.util.NLS;

/**
 * {@code bench-schedule [FILE] [--seconds S] [--runs N] [--json]}: the
 * optimiser against the classic multi-key sort, on the given production (the
 * sample) and on the generated 190-scene production.
 */
public class BenchScheduleCommand implements CliCommand {
	static final String RUNS = "--runs"; //$NON-NLS-1$

	/**
	 * One benchmark run.
	 *
	 * @param instance         which production
	 * @param scenes           scenes scheduled
	 * @param run              1-based run number (its seed)
	 * @param classic          the classic sort's cost
	 * @param classicFeasible  whether the classic sort honours every hard constraint
	 * @param optimized        the optimiser's cost
	 * @param feasible         whether the optimiser found a feasible plan
	 * @param reductionPercent how much cheaper than the classic sort
	 * @param seconds          optimiser run time
	 * @param iterations       moves tried
	 * @param checkMillis      what the stripboard recomputes after an edit (scene needs, costs, constraints), median milliseconds
	 */
	record Row(String instance, int scenes, int run, CostBreakdown classic, boolean classicFeasible, CostBreakdown optimized, boolean feasible,
			double reductionPercent, double seconds, long iterations, double checkMillis) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(ScheduleCommand.SECONDS, RUNS), Set.of(ScheduleCommand.JSON));
		if (args.positional().size() > 1) {
			throw new CliException(NLS.bind(Messages.tooManyFiles, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		double seconds = ScheduleCommand.seconds(args, 5);
		int runs = args.intOption(RUNS, 1);
		if (runs < 1 || runs > 100) {
			throw new CliException(NLS.bind(Messages.badNumber, RUNS, args.option(RUNS, null)));
		}
		boolean json = context.json() || args.has(ScheduleCommand.JSON);
		List<Object[]> cases = new ArrayList<>();
		if (!args.positional().isEmpty()) {
			String file = args.positional().get(0);
			Production p = ScheduleCommand.load(file);
			if (Boards.active(p) == null) {
				throw new CliException(NLS.bind(Messages.noBoard, file), CliException.BAD_INPUT);
			}
			cases.add(new Object[] { Messages.benchSample, p });
		}
		cases.add(new Object[] { NLS.bind(Messages.benchGenerated, BenchInstance.SCENES), BenchInstance.create(BenchInstance.SEED) });
		List<Row> rows = new ArrayList<>();
		for (Object[] c : cases) {
			rows.addAll(bench((String) c[0], (Production) c[1], seconds, runs));
		}
		if (json) {
			context.printJson(rows);
		} else {
			print(context.out(), rows);
		}
		return 0;
	}

	static List<Row> bench(String name, Production p, double seconds, int runs) {
		Schedule board = Boards.active(p);
		Plan classic = ClassicSort.plan(p, board);
		CostBreakdown classicCost = Costs.of(p, board, classic);
		boolean classicFeasible = Constraints.violations(p, board, classic).isEmpty();
		double check = checkMillis(p, board, classic);
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r <= runs; r++) {
			OptimizerResult result = Optimizer.optimize(p, board, new Optimizer.Options(seconds, r, false), null, () -> false);
			double reduction = classicCost.total() <= 0 ? 0 : 100 * (classicCost.total() - result.cost().total()) / classicCost.total();
			rows.add(new Row(name, classic.scheduled().size(), r, classicCost, classicFeasible, result.cost(), result.feasible(),
					Math.round(reduction * 10) / 10.0, result.millis() / 1000.0, result.iterations(), check));
		}
		return rows;
	}

	/** Median of 21 runs (after 10 warm-ups) of what a stripboard edit recomputes. */
	private static double checkMillis(Production p, Schedule board, Plan plan) {
		double[] times = new double[31];
		for (int i = 0; i < times.length; i++) {
			long t0 = System.nanoTime();
			org.backlot.schedule.api.SceneNeeds.of(p, board);
			Costs.of(p, board, plan);
			Constraints.check(p, board, plan);
			times[i] = (System.nanoTime() - t0) / 1e6;
		}
		double[] measured = java.util.Arrays.copyOfRange(times, 10, times.length);
		java.util.Arrays.sort(measured);
		return Math.round(measured[measured.length / 2] * 10) / 10.0;
	}

	private static void print(PrintStream out, List<Row> rows) {
		out.println(Messages.benchHeader);
		for (Row row : rows) {
			out.println(String.format("%-28s %4d %3d %14s %14s %7.1f %% %7.2f %5s", row.instance(), row.scenes(), row.run(), //$NON-NLS-1$
					BoardText.number(row.classic().total()) + (row.classicFeasible() ? "" : "*"), //$NON-NLS-1$ //$NON-NLS-2$
					BoardText.number(row.optimized().total()) + (row.feasible() ? "" : "*"), row.reductionPercent(), row.seconds(), //$NON-NLS-1$ //$NON-NLS-2$
					row.feasible() ? Messages.ok : Messages.broken));
			for (int t = 0; t < row.classic().terms().size(); t++) {
				CostTerm a = row.classic().terms().get(t);
				CostTerm b = row.optimized().terms().get(t);
				out.println(String.format("    %-34s %8s %14s   %8s %14s", a.label(), BoardText.number(a.count()), BoardText.number(a.cost()), //$NON-NLS-1$
						BoardText.number(b.count()), BoardText.number(b.cost())));
			}
		}
		out.println(Messages.benchNote);
		for (Row row : rows) {
			if (row.run() == 1) {
				out.println(NLS.bind(Messages.benchCheck, row.instance(), row.checkMillis()));
			}
		}
	}
}
