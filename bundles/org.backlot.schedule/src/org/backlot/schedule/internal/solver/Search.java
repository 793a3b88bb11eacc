// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Simulated annealing over the day structure of a {@link Problem}: moves a
 * scene or a place group to another day, swaps scenes, moves, swaps, merges,
 * splits and empties days, and ruins and recreates scenes sharing a place or
 * an actor. Hard constraints are heavy penalties (overfull days in proportion,
 * with a weight that rises while the search stays infeasible); a reward for
 * full days, fading over each cycle, lets light days empty out. The best
 * feasible structure is kept apart.
 * The temperature follows the iteration count in cycles, so a seed and an
 * iteration count give the same result whatever the machine.
 */
public final class Search {
	/** Told of progress; {@code improved} when a better feasible structure was just found. */
	public interface Progress {
		/** Called from the search thread. */
		void report(long iterations, boolean improved);
	}

	/** Weight of the packing reward, in shoot days, at the start of a cycle. */
	private static final double PACK = 0.5;
	/** Moves per cooling cycle and scene. */
	private static final int CYCLE_PER_SCENE = 2500;
	private final long cycle;
	private long annealStart = -1;
	private final Problem pb;
	private final Evaluator ev;
	private final SplittableRandom random;
	private final double lambda;
	private final int[][] related;
	private List<int[]> current;
	private final int[] where;
	private double currentScore;
	/** The best feasible days, or null. */
	public List<int[]> bestFeasible;
	/** Its cost. */
	public double bestFeasibleCost = Double.POSITIVE_INFINITY;
	/** The structure with the fewest penalty units (ties by cost). */
	public List<int[]> leastViolating;
	private int leastPenalty = Integer.MAX_VALUE;
	private double leastCost = Double.POSITIVE_INFINITY;
	/** Moves tried. */
	public long iterations;

	/** A search from the start days. */
	public Search(Problem pb, List<int[]> start, long seed) {
		this.pb = pb;
		this.ev = new Evaluator(pb);
		this.random = new SplittableRandom(seed);
		this.lambda = Math.max(100_000, pb.wShoot);
		this.related = Neighbours.related(pb);
		this.cycle = Math.max(20_000L, (long) CYCLE_PER_SCENE * pb.n);
		current = copy(start);
		where = new int[pb.n];
		Moves.locate(current, where);
		currentScore = ev.evaluate(current, lambda);
		record(current);
	}

	/** Runs until the deadline (System.nanoTime) or cancellation, checking the clock every 64 moves. */
	public void run(long deadlineNanos, BooleanSupplier cancelled, Progress progress) {
		if (pb.n == 0) {
			return;
		}
		double t0 = Math.max(2000, pb.wShoot * 0.1);
		while (true) {
			if ((iterations & 63) == 0) {
				if (System.nanoTime() >= deadlineNanos || cancelled.getAsBoolean()) {
					return;
				}
				progress.report(iterations, false);
			}
			// first repair: cold descent without the packing reward until a feasible structure is found
			boolean repairing = bestFeasible == null && iterations < cycle / 5;
			if (!repairing && annealStart < 0) {
				annealStart = iterations;
			}
			long clock = repairing ? 0 : iterations - annealStart;
			long round = clock / cycle;
			double f = (clock % cycle) / (double) cycle;
			double peak = t0 / (1 + round);
			double temp = repairing ? t0 * 0.01 : peak * Math.pow(0.001, f);
			if ((iterations & 1023) == 0) {
				ev.packWeight = repairing ? 0 : PACK * pb.wShoot * (1 - f);
				currentScore = ev.evaluate(current, lambda);
			}
			if (!repairing && clock % cycle == 0 && clock > 0) {
				List<int[]> from = bestFeasible != null ? bestFeasible : leastViolating;
				current = copy(from);
				currentScore = ev.evaluate(current, lambda);
				Moves.locate(current, where);
			}
			iterations++;
			if (iterations % 2000 == 0) {
				adapt();
			}
			List<int[]> next = Moves.apply(pb, current, where, random, related, ev, lambda);
			if (next == null) {
				continue;
			}
			double score = ev.evaluate(next, lambda);
			double delta = score - currentScore;
			if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temp)) {
				current = next;
				currentScore = score;
				Moves.locate(current, where);
				if (record(next)) {
					progress.report(iterations, true);
				}
			}
		}
	}

	/** Strategic oscillation: overfull days cost more while the search stays infeasible, less once it is feasible. */
	private void adapt() {
		ev.evaluate(current, lambda);
		double w = ev.overflowWeight;
		ev.overflowWeight = ev.penalty > 0 ? Math.min(w * 1.3, 30 * pb.wShoot) : Math.max(w / 1.3, 0.5 * pb.wShoot);
		currentScore = ev.evaluate(current, lambda);
	}

	/** Whether this search found a better structure than the other: feasible and cheaper, or fewer violations. */
	public boolean isBetterThan(Search other) {
		if (bestFeasible != null || other.bestFeasible != null) {
			return bestFeasible != null && (other.bestFeasible == null || bestFeasibleCost < other.bestFeasibleCost);
		}
		return leastPenalty < other.leastPenalty || leastPenalty == other.leastPenalty && leastCost < other.leastCost;
	}

	/** Keeps the structure if it is the best feasible or least violating so far; returns whether a better feasible one was found. */
	private boolean record(List<int[]> days) {
		int pen = ev.penalty;
		double c = ev.cost;
		if (pen < leastPenalty || pen == leastPenalty && c < leastCost) {
			leastPenalty = pen;
			leastCost = c;
			leastViolating = copy(days);
		}
		if (pen == 0 && c < bestFeasibleCost - 1e-6) {
			bestFeasibleCost = c;
			bestFeasible = copy(days);
			return true;
		}
		return false;
	}

	static List<int[]> copy(List<int[]> days) {
		List<int[]> out = new ArrayList<>(days.size());
		for (int[] d : days) {
			out.add(d.clone());
		}
		return out;
	}
}
