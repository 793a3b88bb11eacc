// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The neighbourhood of the annealing: each move returns a new day structure, or null when it does not apply. */
final class Moves {
	private Moves() {
	}

	/** One random move from the current structure (left untouched). */
	static List<int[]> apply(Problem pb, List<int[]> cur, int[] where, SplittableRandom r, int[][] related, Evaluator ev, double lambda) {
		int k = r.nextInt(100);
		if (k < 34) {
			return relocate(pb, cur, where, r, related);
		} else if (k < 42) {
			return moveGroup(pb, cur, where, r);
		} else if (k < 64) {
			return swapScenes(pb, cur, where, r, related);
		} else if (k < 76) {
			return moveDays(cur, r);
		} else if (k < 84) {
			return swapDays(cur, r);
		} else if (k < 91) {
			return merge(pb, cur, r);
		} else if (k < 98) {
			return split(pb, cur, r);
		} else if (k < 99 && r.nextInt(4) == 0) {
			return Rebuild.eliminateDay(pb, cur, r, ev, lambda);
		}
		return Rebuild.ruinAndRecreate(pb, cur, r, related, ev, lambda);
	}

	/** The day of every scene. */
	static void locate(List<int[]> days, int[] where) {
		for (int d = 0; d < days.size(); d++) {
			for (int i : days.get(d)) {
				where[i] = d;
			}
		}
	}

	/** Finds the day of a scene. */
	static int dayOf(List<int[]> days, int scene) {
		for (int d = 0; d < days.size(); d++) {
			for (int i : days.get(d)) {
				if (i == scene) {
					return d;
				}
			}
		}
		return -1;
	}

	static int[] without(int[] day, int scene) {
		int[] out = new int[day.length - 1];
		int k = 0;
		for (int i : day) {
			if (i != scene) {
				out[k++] = i;
			}
		}
		return out;
	}

	static int[] with(int[] day, int scene) {
		int[] out = java.util.Arrays.copyOf(day, day.length + 1);
		out[day.length] = scene;
		return out;
	}

	private static int movable(Problem pb, SplittableRandom r) {
		for (int tries = 0; tries < 8; tries++) {
			int s = r.nextInt(pb.n);
			if (pb.pinned[s] < 0) {
				return s;
			}
		}
		return -1;
	}

	private static List<int[]> relocate(Problem pb, List<int[]> cur, int[] where, SplittableRandom r, int[][] related) {
		int s = movable(pb, r);
		if (s < 0) {
			return null;
		}
		int from = where[s];
		List<int[]> out = new ArrayList<>(cur);
		int roll = r.nextInt(100);
		if (roll < 4) {
			int at = r.nextInt(cur.size() + 1);
			out.set(from, without(cur.get(from), s));
			out.add(at, new int[] { s });
		} else {
			int to;
			if (roll < 70 && related[s].length > 0) {
				to = where[related[s][r.nextInt(related[s].length)]];
			} else {
				to = r.nextInt(cur.size());
			}
			if (to == from) {
				return null;
			}
			out.set(from, without(cur.get(from), s));
			out.set(to, with(cur.get(to), s));
		}
		out.removeIf(d -> d.length == 0);
		return out;
	}

	/** Moves a scene's place group (the scenes of its day at its place) to another day that works at that place. */
	private static List<int[]> moveGroup(Problem pb, List<int[]> cur, int[] where, SplittableRandom r) {
		int s = movable(pb, r);
		if (s < 0) {
			return null;
		}
		int from = where[s];
		int place = pb.place[s];
		int[] day = cur.get(from);
		int other = -1;
		for (int t = 0; t < 12 && other < 0; t++) {
			int j = r.nextInt(pb.n);
			if (pb.place[j] == place && where[j] != from) {
				other = j;
			}
		}
		if (other < 0) {
			return null;
		}
		int to = where[other];
		List<Integer> keep = new ArrayList<>();
		List<Integer> take = new ArrayList<>();
		for (int i : day) {
			(pb.place[i] == place && pb.pinned[i] < 0 ? take : keep).add(i);
		}
		int[] target = cur.get(to);
		int[] merged = java.util.Arrays.copyOf(target, target.length + take.size());
		for (int k = 0; k < take.size(); k++) {
			merged[target.length + k] = take.get(k);
		}
		List<int[]> out = new ArrayList<>(cur);
		out.set(from, keep.stream().mapToInt(Integer::intValue).toArray());
		out.set(to, merged);
		out.removeIf(d -> d.length == 0);
		return out;
	}

	private static List<int[]> swapScenes(Problem pb, List<int[]> cur, int[] where, SplittableRandom r, int[][] related) {
		int a = movable(pb, r);
		if (a < 0) {
			return null;
		}
		int b;
		if (r.nextBoolean() && related[a].length > 0) {
			// bring a next to a related scene by swapping it with something on that scene's day
			int[] target = cur.get(where[related[a][r.nextInt(related[a].length)]]);
			b = target[r.nextInt(target.length)];
		} else {
			b = r.nextInt(pb.n);
		}
		if (pb.pinned[b] >= 0) {
			return null;
		}
		int da = where[a];
		int db = where[b];
		if (da == db) {
			return null;
		}
		List<int[]> out = new ArrayList<>(cur);
		out.set(da, with(without(cur.get(da), a), b));
		out.set(db, with(without(cur.get(db), b), a));
		return out;
	}

	private static List<int[]> moveDays(List<int[]> cur, SplittableRandom r) {
		int nd = cur.size();
		if (nd < 2) {
			return null;
		}
		int len = 1 + r.nextInt(Math.min(4, nd - 1));
		int from = r.nextInt(nd - len + 1);
		List<int[]> out = new ArrayList<>(cur);
		List<int[]> block = new ArrayList<>(out.subList(from, from + len));
		out.subList(from, from + len).clear();
		int to = r.nextInt(out.size() + 1);
		if (to == from) {
			return null;
		}
		if (r.nextInt(4) == 0) {
			java.util.Collections.reverse(block);
		}
		out.addAll(to, block);
		return out;
	}

	private static List<int[]> swapDays(List<int[]> cur, SplittableRandom r) {
		int nd = cur.size();
		if (nd < 2) {
			return null;
		}
		int a = r.nextInt(nd);
		int b = r.nextInt(nd);
		if (a == b) {
			return null;
		}
		List<int[]> out = new ArrayList<>(cur);
		out.set(a, cur.get(b));
		out.set(b, cur.get(a));
		return out;
	}

	private static List<int[]> merge(Problem pb, List<int[]> cur, SplittableRandom r) {
		int nd = cur.size();
		if (nd < 2) {
			return null;
		}
		int a = r.nextInt(nd);
		int b = r.nextBoolean() ? (a + 1) % nd : r.nextInt(nd);
		if (a == b) {
			return null;
		}
		int[] da = cur.get(a);
		int[] db = cur.get(b);
		int e8 = 0;
		for (int i : da) {
			e8 += pb.eighths[i];
		}
		for (int i : db) {
			e8 += pb.eighths[i];
		}
		if (e8 > pb.maxEighths) {
			return null;
		}
		int[] m = java.util.Arrays.copyOf(da, da.length + db.length);
		System.arraycopy(db, 0, m, da.length, db.length);
		List<int[]> out = new ArrayList<>(cur);
		out.set(a, m);
		out.remove(b);
		return out;
	}

	private static List<int[]> split(Problem pb, List<int[]> cur, SplittableRandom r) {
		int d = r.nextInt(cur.size());
		int[] day = cur.get(d);
		if (day.length < 2) {
			return null;
		}
		// take out one place (or the night scenes, or a random half) into a new neighbouring day
		int mode = r.nextInt(3);
		int pivot = day[r.nextInt(day.length)];
		List<Integer> keep = new ArrayList<>();
		List<Integer> take = new ArrayList<>();
		for (int i : day) {
			boolean out = switch (mode) {
			case 0 -> pb.place[i] == pb.place[pivot];
			case 1 -> pb.night[i];
			default -> r.nextBoolean();
			};
			(out ? take : keep).add(i);
		}
		if (keep.isEmpty() || take.isEmpty()) {
			return null;
		}
		List<int[]> out = new ArrayList<>(cur);
		out.set(d, keep.stream().mapToInt(Integer::intValue).toArray());
		out.add(r.nextBoolean() ? d + 1 : d, take.stream().mapToInt(Integer::intValue).toArray());
		return out;
	}
}
