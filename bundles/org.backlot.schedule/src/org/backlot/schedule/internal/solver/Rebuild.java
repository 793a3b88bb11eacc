// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Ruin and recreate: takes out scenes sharing a place or an actor and puts each back where it is estimated to cost least ({@link Inserter}). */
final class Rebuild {
	private Rebuild() {
	}

	static List<int[]> ruinAndRecreate(Problem pb, List<int[]> cur, SplittableRandom r, int[][] related, Evaluator ev, double lambda) {
		int seed = r.nextInt(pb.n);
		if (pb.pinned[seed] >= 0) {
			return null;
		}
		int want = 2 + r.nextInt(5);
		List<Integer> removed = new ArrayList<>();
		removed.add(seed);
		int[] rel = related[seed];
		for (int t = 0; t < rel.length * 2 && removed.size() < want && rel.length > 0; t++) {
			int j = rel[r.nextInt(rel.length)];
			if (pb.pinned[j] < 0 && !removed.contains(j)) {
				removed.add(j);
			}
		}
		List<int[]> out = new ArrayList<>(cur);
		for (int s : removed) {
			int d = Moves.dayOf(out, s);
			out.set(d, Moves.without(out.get(d), s));
		}
		// keep empty days as slots while re-inserting so pinned indices stay meaningful
		Inserter in = ev.inserter();
		in.prepare(out, lambda, removed.size());
		for (int s : removed) {
			in.insert(out, s, candidates(out, s, r, related), lambda, true);
		}
		out.removeIf(d -> d.length == 0);
		return out;
	}

	/** Empties a light day and puts each of its scenes where it costs least: the move that lowers the day count. */
	static List<int[]> eliminateDay(Problem pb, List<int[]> cur, SplittableRandom r, Evaluator ev, double lambda) {
		if (cur.size() < 2) {
			return null;
		}
		int d = r.nextInt(cur.size());
		int other = r.nextInt(cur.size());
		if (load(pb, cur.get(other)) < load(pb, cur.get(d))) {
			d = other;
		}
		int[] gone = cur.get(d);
		for (int i : gone) {
			if (pb.pinned[i] >= 0) {
				return null;
			}
		}
		List<int[]> out = new ArrayList<>(cur);
		out.remove(d);
		Inserter in = ev.inserter();
		in.prepare(out, lambda, gone.length);
		for (int i : gone) {
			in.insert(out, i, null, lambda, false);
		}
		return out;
	}

	private static int load(Problem pb, int[] day) {
		int e = 0;
		for (int i : day) {
			e += pb.eighths[i];
		}
		return e;
	}

	/** The days worth trying for a scene: those of a few related scenes and a few random ones. */
	private static boolean[] candidates(List<int[]> days, int s, SplittableRandom r, int[][] related) {
		boolean[] out = new boolean[days.size()];
		int[] rel = related[s];
		for (int k = 0; k < 8 && rel.length > 0; k++) {
			int d = Moves.dayOf(days, rel[r.nextInt(rel.length)]);
			if (d >= 0) {
				out[d] = true;
			}
		}
		for (int k = 0; k < 3 && days.size() > 0; k++) {
			out[r.nextInt(days.size())] = true;
		}
		return out;
	}

	/** Inserts the scene into the day (or a new day at the end) where the structure scores lowest. */
	static void insertBest(List<int[]> days, int s, Evaluator ev, double lambda) {
		insertBest(days, s, null, ev, lambda, true);
	}

	/** Inserts the scene into the best of the candidate days (all when null) or a new day at the end. */
	static void insertBest(List<int[]> days, int s, boolean[] candidates, Evaluator ev, double lambda, boolean newDay) {
		int best = -1;
		double bestScore = Double.POSITIVE_INFINITY;
		for (int d = 0; d < days.size(); d++) {
			if (candidates != null && !candidates[d]) {
				continue;
			}
			int[] old = days.get(d);
			days.set(d, Moves.with(old, s));
			double score = ev.evaluate(days, lambda);
			days.set(d, old);
			if (score < bestScore) {
				bestScore = score;
				best = d;
			}
		}
		double score = Double.POSITIVE_INFINITY;
		if (newDay || best < 0) {
			days.add(new int[] { s });
			score = ev.evaluate(days, lambda);
			days.remove(days.size() - 1);
		}
		if (score < bestScore) {
			days.add(new int[] { s });
		} else {
			days.set(best, Moves.with(days.get(best), s));
		}
	}
}
