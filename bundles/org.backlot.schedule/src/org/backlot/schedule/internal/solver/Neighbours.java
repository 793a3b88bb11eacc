// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.ArrayList;
import java.util.List;

/** Which scenes are related (same place or a shared actor): the moves favour bringing them together. */
final class Neighbours {
	private Neighbours() {
	}

	/** For each scene the other scenes sharing its place or one of its actors. */
	static int[][] related(Problem pb) {
		List<List<Integer>> byActor = new ArrayList<>();
		for (int a = 0; a < pb.actors; a++) {
			byActor.add(new ArrayList<>());
		}
		for (int i = 0; i < pb.n; i++) {
			for (int a : pb.cast[i]) {
				byActor.get(a).add(i);
			}
		}
		int[][] out = new int[pb.n][];
		boolean[] seen = new boolean[pb.n];
		for (int i = 0; i < pb.n; i++) {
			List<Integer> r = new ArrayList<>();
			for (int j = 0; j < pb.n; j++) {
				if (j != i && pb.place[j] == pb.place[i] && !seen[j]) {
					seen[j] = true;
					r.add(j);
				}
			}
			for (int a : pb.cast[i]) {
				for (int j : byActor.get(a)) {
					if (j != i && !seen[j]) {
						seen[j] = true;
						r.add(j);
					}
				}
			}
			for (int j : r) {
				seen[j] = false;
			}
			out[i] = r.stream().mapToInt(Integer::intValue).toArray();
		}
		return out;
	}
}
