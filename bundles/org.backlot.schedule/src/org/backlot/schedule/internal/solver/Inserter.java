// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.Arrays;
import java.util.List;

/**
 * Puts scenes back into a day structure where they cost least, estimating
 * each candidate day's cost change from running summaries (pages and minutes
 * per day, places per day, each actor's work days, stage spans, dates)
 * instead of evaluating the whole structure: the moves of the search that
 * insert many scenes (ruin and recreate, emptying a day) stay cheap, and the
 * search still evaluates their result exactly before accepting it.
 */
final class Inserter {
	private final Problem pb;
	private final Evaluator ev;
	private int nd, cap;
	private int[] e8 = new int[0], mins = new int[0], dates = new int[0];
	private boolean[] placeIn = new boolean[0];
	private boolean[] works = new boolean[0];
	private final int[] stageFirst, stageLast;
	private int lastExt;

	/** An inserter over the problem, using the evaluator for weights and dates. */
	Inserter(Problem pb, Evaluator ev) {
		this.pb = pb;
		this.ev = ev;
		stageFirst = new int[pb.stages];
		stageLast = new int[pb.stages];
	}

	/** Summarises the days (some may be empty), with room for this many more days. */
	void prepare(List<int[]> days, double lambda, int spare) {
		ev.evaluate(days, lambda);
		nd = days.size();
		int cap = nd + spare + 1;
		this.cap = cap;
		e8 = new int[cap];
		mins = new int[cap];
		dates = new int[cap];
		placeIn = new boolean[cap * pb.places];
		works = new boolean[pb.actors * cap];
		Arrays.fill(stageFirst, -1);
		lastExt = -1;
		for (int d = 0; d < nd; d++) {
			dates[d] = ev.dateOf(d);
			for (int i : days.get(d)) {
				add(i, d, cap);
			}
		}
	}

	private void add(int i, int d, int capacity) {
		boolean move = mins[d] > 0 && !placeIn[d * pb.places + pb.place[i]]; // every scene takes at least a minute
		e8[d] += pb.eighths[i];
		mins[d] += pb.minutes[i] + (move ? pb.moveMinutes : 0);
		placeIn[d * pb.places + pb.place[i]] = true;
		for (int a : pb.cast[i]) {
			works[a * capacity + d] = true;
		}
		int st = pb.stage[i];
		if (st >= 0) {
			if (stageFirst[st] < 0) {
				stageFirst[st] = d;
				stageLast[st] = d;
			}
			stageFirst[st] = Math.min(stageFirst[st], d);
			stageLast[st] = Math.max(stageLast[st], d);
		}
		if (pb.ext[i]) {
			lastExt = Math.max(lastExt, d);
		}
	}

	/** Inserts the scene into the cheapest candidate day (all when null), or a new last day when allowed and cheaper. */
	void insert(List<int[]> days, int s, boolean[] candidates, double lambda, boolean newDay) {
		int best = -1;
		double bestCost = Double.POSITIVE_INFINITY;
		for (int d = 0; d < nd; d++) {
			if (candidates != null && (d >= candidates.length || !candidates[d])) {
				continue;
			}
			double c = cost(s, d, lambda, days.get(d).length == 0);
			if (c < bestCost) {
				bestCost = c;
				best = d;
			}
		}
		if ((newDay || best < 0) && nd + 1 < cap) {
			double c = pb.wShoot + pb.wChange + cost(s, nd, lambda, true);
			if (c < bestCost) {
				days.add(new int[] { s });
				dates[nd] = nd == 0 ? 0 : dates[nd - 1] + 1;
				add(s, nd++, cap);
				return;
			}
		}
		if (best < 0) {
			days.add(new int[] { s });
			return;
		}
		days.set(best, Moves.with(days.get(best), s));
		add(s, best, cap);
	}

	/** The estimated change of the score when scene s joins day d. */
	private double cost(int s, int d, double lambda, boolean empty) {
		double c = 0;
		int max = pb.maxEighths;
		double before = Math.max(0, e8[d] - max) / (double) max + Math.max(0, mins[d] - pb.maxMinutes) / (double) pb.maxMinutes;
		int added = pb.minutes[s] + (!empty && !placeIn[d * pb.places + pb.place[s]] ? pb.moveMinutes : 0);
		double after = Math.max(0, e8[d] + pb.eighths[s] - max) / (double) max
				+ Math.max(0, mins[d] + added - pb.maxMinutes) / (double) pb.maxMinutes;
		if (lambda > 0) {
			c += (after - before) * ev.overflowWeight;
		}
		double f0 = e8[d] / (double) max;
		double f1 = (e8[d] + pb.eighths[s]) / (double) max;
		c -= ev.packWeight * (f1 * f1 - f0 * f0);
		if (!empty && !placeIn[d * pb.places + pb.place[s]]) {
			c += pb.wMove;
		}
		for (int a : pb.cast[s]) {
			c += actor(a, d, lambda);
		}
		int st = pb.stage[s];
		if (st >= 0) {
			c += pb.wStage * (stageFirst[st] < 0 ? 1 : Math.max(0, stageFirst[st] - d) + Math.max(0, d - stageLast[st]));
		}
		if (pb.forbidden[s] != null && pb.isForbidden(s, dates[d])) {
			c += 3 * lambda;
		}
		if (pb.cover[s] && d < lastExt) {
			c += (2 + lastExt - d) * lambda;
		}
		return c;
	}

	/** The cost of actor a working on day d too: the day itself and the holds it adds or ends. */
	private double actor(int a, int d, double lambda) {
		int base = a * cap;
		if (works[base + d]) {
			return 0;
		}
		int p = d - 1;
		while (p >= 0 && !works[base + p]) {
			p--;
		}
		int q = d + 1;
		while (q < nd && !works[base + q]) {
			q++;
		}
		boolean hasQ = q < nd;
		int g = pb.minGap[a];
		int holds = 1;
		int held = 0;
		if (p >= 0) {
			holds += hold(d - p - 1, g);
			held += held(d - p - 1, g);
		}
		if (hasQ) {
			holds += hold(q - d - 1, g);
			held += held(q - d - 1, g);
		}
		if (p >= 0 && hasQ) {
			holds -= hold(q - p - 1, g);
			held -= held(q - p - 1, g);
		}
		return pb.rate[a] * holds + (pb.noHold[a] ? 2 * held * lambda : 0);
	}

	private static int hold(int gap, int minGap) {
		return gap > 0 && gap < minGap ? gap : 0;
	}

	private static int held(int gap, int minGap) {
		return gap > 0 && gap < minGap ? 1 : 0;
	}
}
