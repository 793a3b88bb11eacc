// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Plan;

/**
 * Evaluates a day structure of a compiled {@link Problem}: its cost as
 * {@link org.backlot.schedule.api.Costs} computes it (scenes grouped by place
 * within a day, the groups ordered to continue from the day before), and a
 * penalty counting how badly it breaks the hard constraints. Reuses scratch
 * arrays: one evaluator per thread. What it needs of each day is digested
 * once per day array ({@link DayDigest}), so a day array must never change
 * once evaluated: moves build new arrays for the days they change.
 */
public final class Evaluator {
	private final Problem pb;
	private final int[] actorLast, stageFirst, stageLast;
	private static final byte SPLIT = DayDigest.SPLIT, NIGHT = DayDigest.NIGHT;
	private static final int CACHE = 1 << 13;
	private final int[][] cacheKeys = new int[CACHE][];
	private final DayDigest[] cacheValues = new DayDigest[CACHE];
	private final int[] seenPlace, seenActor, seenStage;
	private int digestStamp;
	private int[] scratch = new int[0];
	private DayDigest[] digests = new DayDigest[64];
	private final int[] dateOf = new int[4096];
	private final byte[] kindOf = new byte[4096];
	private int[] flagScene = new int[64];
	private int[] flagDay = new int[64];
	private final int[] lastPlaceOf = new int[4096];
	private final int[] firstPlaceOf = new int[4096];
	/** Cost of the last evaluation, without penalties. */
	public double cost;
	/** Penalty units of the last evaluation (0 when feasible). */
	public int penalty;
	/** Cost of a day overfull by a whole day's capacity: overflow is penalised in proportion. */
	public double overflowWeight;
	/** Search-only reward for full days (sum of squared fill), which lets light days empty out; 0 for true costs. */
	public double packWeight;
	/** Rest days of the last evaluation. */
	public int rests;

	/** An evaluator of the problem. */
	public Evaluator(Problem pb) {
		this.pb = pb;
		actorLast = new int[pb.actors];
		seenPlace = new int[pb.places];
		seenActor = new int[pb.actors];
		seenStage = new int[pb.stages];
		stageFirst = new int[pb.stages];
		stageLast = new int[pb.stages];
		overflowWeight = 2 * pb.wShoot + 1;
	}

	/** Evaluates the days; returns cost plus penalty times the weight. */
	public double evaluate(List<int[]> days, double penaltyWeight) {
		int nd = days.size();
		if (digests.length < nd + 1) {
			digests = new DayDigest[Math.max(nd + 1, 2 * digests.length)];
		}
		for (int d = 0; d < nd; d++) {
			digests[d] = digest(days.get(d));
		}
		int flagged = 0;
		int pen = 0;
		double over = 0;
		double packing = 0;
		int capacity = 0;
		int moves = 0;
		int changes = 0;
		Arrays.fill(actorLast, -1);
		Arrays.fill(stageFirst, -1);
		double castCost = 0;
		int lastExt = -1;
		int prevLast = -1;
		for (int d = 0; d < nd; d++) {
			DayDigest g = digests[d];
			int[] data = g.data;
			for (int k = g.flaggedFrom; k < g.pinnedFrom; k++) {
				int i = data[k];
				if (flagged == flagScene.length) {
					flagScene = Arrays.copyOf(flagScene, flagged * 2);
					flagDay = Arrays.copyOf(flagDay, flagged * 2);
				}
				flagScene[flagged] = i;
				flagDay[flagged++] = d;
			}
			if (g.ext) {
				lastExt = d;
			}
			for (int k = g.stagesFrom; k < g.flaggedFrom; k++) {
				int st = data[k];
				if (stageFirst[st] < 0) {
					stageFirst[st] = d;
				}
				stageLast[st] = d;
			}
			for (int k = g.pinnedFrom; k < data.length; k++) {
				int i = data[k];
				if (pb.pinned[i] != d) {
					pen += 2 + Math.abs(pb.pinned[i] - d);
				}
			}
			for (int k = g.actorsFrom; k < g.stagesFrom; k++) {
				int a = data[k];
				int last = actorLast[a];
				if (last < 0) {
					castCost += pb.rate[a];
				} else {
					int gap = d - last - 1;
					if (gap > 0 && gap < pb.minGap[a]) {
						castCost += pb.rate[a] * (gap + 1);
						if (pb.noHold[a]) {
							pen += 2;
						}
					} else {
						castCost += pb.rate[a];
					}
				}
				actorLast[a] = d;
			}
			kindOf[d] = g.kind;
			int e8 = g.eighths;
			double fill = e8 / (double) pb.maxEighths;
			packing += fill * fill;
			if (e8 > pb.maxEighths) {
				pen++;
				capacity++;
				over += (e8 - pb.maxEighths) / (double) pb.maxEighths;
			}
			int distinct = g.placeCount();
			int mins = g.minutes + Math.max(0, distinct - 1) * pb.moveMinutes; // the places of a day are shot one after the other
			if (mins > pb.maxMinutes) {
				pen++;
				capacity++;
				over += (mins - pb.maxMinutes) / (double) pb.maxMinutes;
			}
			moves += Math.max(0, distinct - 1);
			int first = pickFirst(g, prevLast);
			int last = distinct <= 1 ? first : pickLast(g, first, d + 1 < nd ? digests[d + 1] : null);
			firstPlaceOf[d] = first;
			lastPlaceOf[d] = last;
			if (d > 0 && first != prevLast) {
				changes++;
			}
			prevLast = last;
		}
		date(nd);
		for (int k = 0; k < flagged; k++) {
			int i = flagScene[k];
			int d = flagDay[k];
			if (pb.cover[i] && d < lastExt) {
				pen += 2 + (lastExt - d);
			}
			if (pb.forbidden[i] != null && pb.isForbidden(i, dateOf[d])) {
				pen += 3;
			}
		}
		int stageDays = 0;
		for (int s = 0; s < pb.stages; s++) {
			if (stageFirst[s] >= 0) {
				stageDays += stageLast[s] - stageFirst[s] + 1;
			}
		}
		double c = moves * pb.wMove + changes * pb.wChange + castCost + nd * pb.wShoot + stageDays * pb.wStage + rests * pb.wNight;
		cost = c;
		penalty = pen;
		return c + (pen - capacity) * penaltyWeight + over * overflowWeight * (penaltyWeight > 0 ? 1 : 0) - packWeight * packing;
	}

	/** The digest of a day array, from a direct-mapped cache keyed by the array's identity. */
	private DayDigest digest(int[] day) {
		int h = System.identityHashCode(day) & (CACHE - 1);
		if (cacheKeys[h] == day) {
			return cacheValues[h];
		}
		if (++digestStamp == Integer.MAX_VALUE) {
			Arrays.fill(seenPlace, 0);
			Arrays.fill(seenActor, 0);
			Arrays.fill(seenStage, 0);
			digestStamp = 1;
		}
		if (scratch.length < day.length * (3 + pb.actors)) {
			scratch = new int[day.length * (3 + pb.actors)];
		}
		DayDigest g = new DayDigest(pb, day, seenPlace, seenActor, seenStage, digestStamp, scratch);
		cacheKeys[h] = day;
		cacheValues[h] = g;
		return g;
	}

	private static int pickFirst(DayDigest g, int prevLast) {
		int best = Integer.MAX_VALUE;
		for (int k = 0; k < g.placeCount(); k++) {
			int pl = g.data[k];
			if (pl == prevLast) {
				return prevLast;
			}
			best = Math.min(best, pl);
		}
		return best;
	}

	/** Another place of the day where the next day works (the first in order of appearance), else the lowest other place. */
	private static int pickLast(DayDigest g, int first, DayDigest next) {
		int best = Integer.MAX_VALUE;
		for (int k = 0; k < g.placeCount(); k++) {
			int pl = g.data[k];
			if (pl == first) {
				continue;
			}
			if (next != null) {
				for (int q = 0; q < next.placeCount(); q++) {
					if (next.data[q] == pl) {
						return pl;
					}
				}
			}
			best = Math.min(best, pl);
		}
		return best;
	}

	/** The date offset of day d in the last evaluation. */
	int dateOf(int d) {
		return dateOf[d];
	}

	/** This evaluator's inserter (scratch state: one per thread, like the evaluator). */
	Inserter inserter() {
		if (inserter == null) {
			inserter = new Inserter(pb, this);
		}
		return inserter;
	}

	private Inserter inserter;

	/** Dates the days as the calendar does: each day the next workday, rest days for the turnaround. */
	private void date(int nd) {
		int wi = 0;
		long lastWrap = Long.MIN_VALUE;
		int restCount = 0;
		int[] wd = pb.workdays;
		for (int d = 0; d < nd; d++) {
			int kindCall = kindOf[d] == SPLIT ? pb.splitCall : kindOf[d] == NIGHT ? pb.nightCall : pb.dayCall;
			boolean nightKind = kindOf[d] == NIGHT;
			long call;
			while (true) {
				call = (long) wd[Math.min(wi, wd.length - 1)] * 1440 + kindCall;
				if (lastWrap == Long.MIN_VALUE) {
					break;
				}
				long earliest = lastWrap + pb.turnaround;
				if (call >= earliest) {
					break;
				}
				if (!nightKind && earliest - call <= pb.maxSlip) {
					call = earliest;
					break;
				}
				wi++;
				restCount++;
			}
			dateOf[d] = wd[Math.min(wi, wd.length - 1)];
			lastWrap = call + pb.dayLength;
			wi++;
		}
		rests = restCount;
	}

	/** The plan of the days: each day's scenes grouped by place in the order evaluated, day scenes before night within a place. */
	public Plan decode(List<int[]> days) {
		evaluate(days, 0);
		List<List<Scene>> out = new ArrayList<>();
		for (int d = 0; d < days.size(); d++) {
			int[] day = days.get(d).clone();
			int first = firstPlaceOf[d];
			int last = lastPlaceOf[d];
			Integer[] order = new Integer[day.length];
			for (int k = 0; k < day.length; k++) {
				order[k] = day[k];
			}
			Arrays.sort(order, (a, b) -> {
				int ga = group(pb.place[a], first, last);
				int gb = group(pb.place[b], first, last);
				if (ga != gb) {
					return Integer.compare(ga, gb);
				}
				if (pb.place[a] != pb.place[b]) {
					return Integer.compare(pb.place[a], pb.place[b]);
				}
				if (pb.night[a] != pb.night[b]) {
					return pb.night[a] ? 1 : -1;
				}
				return Integer.compare(a, b);
			});
			List<Scene> scenes = new ArrayList<>();
			for (int i : order) {
				scenes.add(pb.scenes[i]);
			}
			out.add(scenes);
		}
		return new Plan(out, List.of());
	}

	private static int group(int place, int first, int last) {
		return place == first ? 0 : place == last ? 2 : 1;
	}
}
