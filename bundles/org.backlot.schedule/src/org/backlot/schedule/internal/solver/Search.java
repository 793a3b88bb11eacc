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
 * full days, fading as the search cools, lets light days empty out. The best
 * feasible structure is kept apart. Paired with a search on another core,
 * each takes over the other's best structure at set points of the cooling
 * when it is cheaper than its own.
 * With a deadline the temperature falls once, slowly, over the time allowed;
 * without one it follows the move count in cycles, so a seed and a move
 * count give the same result whatever the machine.
 */
public final class Search {
	/** Told of progress; {@code improved} when a better feasible structure was just found. */
	public interface Progress {
		/** Called from the search thread. */
		void report(long iterations, boolean improved);
	}

	/** Weight of the packing reward, in shoot days, at the start of a cycle. */
	private static final double PACK = 0.5;
	/** Starting temperature, in shoot days: hot enough to undo a day's worth of structure. */
	private static final double HEAT = 0.4;
	/** The temperature falls to this fraction of the start over a cycle. */
	private static final double COOL = 0.001;
	/** Moves per cooling cycle and scene, when the search is bounded by moves rather than time. */
	private static final int CYCLE_PER_SCENE = 20_000;
	/** Moves per scene the first repair may take before annealing starts anyway. */
	private static final int REPAIR_PER_SCENE = 500;
	/** When (as fractions of the cooling) a search takes over its peer's best structure if that is cheaper than its own. */
	private static final double[] MEETINGS = { 0.5, 0.75 };
	private final long repairMoves;
	private Search peer;
	private volatile Found found;
	private int meetings;
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
		this.repairMoves = Math.max(4_000L, (long) REPAIR_PER_SCENE * pb.n);
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
		double t0 = Math.max(2000, pb.wShoot * HEAT);
		long now = System.nanoTime();
		long annealNanos = 0;
		long cycleNanos = 0;
		long lastRound = 0;
		while (true) {
			if ((iterations & 63) == 0) {
				now = System.nanoTime();
				if (now >= deadlineNanos || cancelled.getAsBoolean()) {
					return;
				}
				progress.report(iterations, false);
			}
			// first repair: cold descent without the packing reward until a feasible structure is found
			boolean repairing = bestFeasible == null && iterations < repairMoves;
			if (!repairing && annealStart < 0) {
				annealStart = iterations;
				annealNanos = now;
				// with a deadline, one slow cooling over the time left; without, cycles of a fixed number of moves
				cycleNanos = deadlineNanos == Long.MAX_VALUE ? 0 : Math.max(1, deadlineNanos - now);
			}
			double position = repairing ? 0 : cycleNanos > 0 ? (now - annealNanos) / (double) cycleNanos : (iterations - annealStart) / (double) cycle;
			long round = (long) position;
			double f = position - round;
			double peak = t0 / (1 + round);
			double temp = repairing ? t0 * 0.01 : peak * Math.pow(COOL, f);
			if ((iterations & 1023) == 0) {
				ev.packWeight = repairing ? 0 : PACK * pb.wShoot * (1 - f);
				currentScore = ev.evaluate(current, lambda);
			}
			if (cycleNanos > 0 && peer != null && meetings < MEETINGS.length && f >= MEETINGS[meetings]) {
				meetings++;
				adoptPeersBest();
			}
			if (round > lastRound) {
				lastRound = round;
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

	/** Runs this and the other search side by side: while cooling, each takes over the other's best structure when it is cheaper than its own. */
	public void pairWith(Search other) {
		peer = other;
		other.peer = this;
	}

	/** Takes over the peer's best structure if it is cheaper than this search's own best; returns whether it did. */
	boolean adoptPeersBest() {
		Found theirs = peer.found;
		if (theirs != null && theirs.cost() < bestFeasibleCost - 1e-6) {
			current = copy(theirs.days());
			currentScore = ev.evaluate(current, lambda);
			Moves.locate(current, where);
			record(current);
			return true;
		}
		return false;
	}

	/** A best feasible structure as published to the peer (never changed once built). */
	private record Found(List<int[]> days, double cost) {
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
			found = new Found(bestFeasible, c);
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
