// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.schedule.internal.solver.Evaluator;
import org.backlot.schedule.internal.solver.Problem;
import org.backlot.schedule.internal.solver.Search;
import org.backlot.schedule.internal.solver.UpFront;

/**
 * Finds a cheaper board that honours every hard constraint: simulated
 * annealing over the day structure, starting from the board or from the
 * classic sort, with pinned scenes kept on their day.
 */
public final class Optimizer {
	/**
	 * How to run.
	 *
	 * @param seconds   time budget
	 * @param seed      random seed (same seed and iteration count, same result)
	 * @param keepBoard improve the board as it is (unscheduled scenes inserted) rather than start from the classic sort
	 */
	public record Options(double seconds, long seed, boolean keepBoard) {
	}

	private static final long REPORT_NANOS = 250_000_000L;

	private Optimizer() {
	}

	/** Optimises the board's plan; the board is not changed (apply the result's plan with {@link Boards#apply}). */
	public static OptimizerResult optimize(Production p, Schedule board, Options options, OptimizerListener listener, BooleanSupplier cancelled) {
		long t0 = System.nanoTime();
		Map<Scene, Integer> pinnedDays = Constraints.pinnedDays(board);
		List<Scene> scenes = ClassicSort.scenes(p, board);
		Problem pb = new Problem(p, board, scenes, pinnedDays);
		Evaluator ev = new Evaluator(pb);
		Plan startPlan = options.keepBoard() ? Boards.read(board) : ClassicSort.plan(p, board);
		List<int[]> start = UpFront.compile(pb, startPlan, ev);
		Plan startDecoded = ev.decode(start);
		SceneNeeds needs = SceneNeeds.of(p, board);
		CostBreakdown startCost = Costs.of(p, board, startDecoded, needs);
		Search main = new Search(pb, start, options.seed());
		// a second, independently seeded search on the second core; while cooling, each takes over the other's best when cheaper, and the better wins
		Search second = Runtime.getRuntime().availableProcessors() > 1 && pb.scenes().length > 1
				? new Search(pb, start, options.seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L)
				: null;
		if (second != null) {
			main.pairWith(second);
		}
		long deadline = t0 + (long) (Math.max(0.05, options.seconds()) * 1e9);
		long[] lastReport = { System.nanoTime() };
		BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
		Thread helper = null;
		if (second != null) {
			helper = new Thread(() -> second.run(deadline, stop, (iterations, improved) -> {
			}), "backlot-optimizer-2"); //$NON-NLS-1$
			helper.setDaemon(true);
			helper.start();
		}
		main.run(deadline, stop, (iterations, improved) -> {
			long now = System.nanoTime();
			if (listener != null && (improved && now - lastReport[0] > REPORT_NANOS / 5 || now - lastReport[0] >= REPORT_NANOS)) {
				lastReport[0] = now;
				OptimizerResult best = main.bestFeasible == null ? null
						: result(p, board, ev, needs, main.bestFeasible, true, List.of(), iterations, t0, startCost);
				listener.progress(Math.min(1, (now - t0) / (options.seconds() * 1e9)), iterations, best);
			}
		});
		Search search = main;
		if (helper != null) {
			try {
				helper.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (second.isBetterThan(search)) {
				search = second;
			}
		}
		long iterations = search.iterations + (second != null && second != search ? second.iterations : 0);
		OptimizerResult out = null;
		if (search.bestFeasible != null) {
			out = result(p, board, ev, needs, search.bestFeasible, true, List.of(), iterations, t0, startCost);
			if (!allHold(p, board, out.plan(), pinnedDays)) {
				out = null; // the compiled model and the check disagree: never call such a plan feasible
			}
		}
		if (out == null) {
			Plan least = ev.decode(search.leastViolating);
			List<Violation> blocking = new ArrayList<>(UpFront.blocking(pb));
			for (ConstraintStatus s : Constraints.check(p, board, least, pinnedDays)) {
				blocking.addAll(s.violations());
			}
			out = new OptimizerResult(least, Costs.of(p, board, least, needs), false, List.copyOf(blocking), iterations,
					(System.nanoTime() - t0) / 1_000_000, startCost);
		}
		if (listener != null) {
			listener.progress(1, out.iterations(), out.feasible() ? out : null);
		}
		return out;
	}

	private static boolean allHold(Production p, Schedule board, Plan plan, Map<Scene, Integer> pinnedDays) {
		return Constraints.check(p, board, plan, pinnedDays).stream().allMatch(ConstraintStatus::holds);
	}

	private static OptimizerResult result(Production p, Schedule board, Evaluator ev, SceneNeeds needs, List<int[]> days, boolean feasible,
			List<Violation> blocking, long iterations, long t0, CostBreakdown startCost) {
		Plan plan = ev.decode(days);
		return new OptimizerResult(plan, Costs.of(p, board, plan, needs), feasible, blocking, iterations, (System.nanoTime() - t0) / 1_000_000,
				startCost);
	}

}
