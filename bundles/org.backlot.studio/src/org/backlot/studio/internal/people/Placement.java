// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.studio.internal.people.Groups.Group;
import org.backlot.studio.internal.people.Groups.Member;

/**
 * The allocation's search: cast first, then by tightness (fewest suitable
 * units, then longest stay) each group into its best unit of its own; then
 * one-step ejections (move a placed group elsewhere to free a unit for one
 * left over), department sharing for crew left over,
 * and moves and swaps that meet more preferences. Cast come first, so a unit
 * never goes to crew while a cast member is left without one.
 */
final class Placement {
	private static final int PASSES = 3;
	private final UnitGrid grid;
	private final List<Group> order;
	final Set<Group> shared = Collections.newSetFromMap(new IdentityHashMap<>());

	Placement(UnitGrid grid, List<Group> groups) {
		this.grid = grid;
		for (Group g : groups) {
			for (int u = 0; u < grid.units.length; u++) {
				g.candidates += grid.fitsAlone(u, g) ? 1 : 0;
			}
		}
		order = new ArrayList<>(groups);
		order.sort(Comparator.comparing((Group g) -> g.cast ? 0 : 1).thenComparingInt(g -> g.candidates)
				.thenComparingInt(g -> -g.nights() * g.members.size()).thenComparing(Group::name));
	}

	void run() {
		for (Group g : order) {
			int u = best(g, false, -1);
			if (u >= 0) {
				grid.place(g, u);
			}
		}
		for (Group g : left()) {
			eject(g);
		}
		for (Group g : left()) {
			int u = g.cast ? -1 : best(g, true, -1);
			if (u >= 0) {
				grid.place(g, u);
				shared.add(g);
			}
		}
		improve();
	}

	private List<Group> left() {
		return order.stream().filter(g -> grid.unitOf(g) < 0).toList();
	}

	/** The best unit for the group (alone, or sharing with its department), other than {@code not}; -1 when none fits. */
	private int best(Group g, boolean sharing, int not) {
		int best = -1;
		int bestScore = Integer.MIN_VALUE;
		for (int u = 0; u < grid.units.length; u++) {
			if (u != not && (sharing ? grid.fitsShared(u, g) : grid.fitsAlone(u, g))) {
				int s = grid.score(u, g);
				if (s > bestScore) {
					best = u;
					bestScore = s;
				}
			}
		}
		return best;
	}

	/** The only group of the production in the unit on the group's nights, or null when none or several. */
	private Group sole(int u, Group g) {
		Group found = null;
		for (Group h : grid.groupsIn(u)) {
			if (h.lo <= g.hi && g.lo <= h.hi) {
				if (found != null) {
					return null;
				}
				found = h;
			}
		}
		return found;
	}

	/** Moves one placed group to another unit of its own when that frees a unit for {@code g}. */
	private void eject(Group g) {
		for (int u = 0; u < grid.units.length; u++) {
			Group h = grid.open(u, g) ? sole(u, g) : null;
			if (h == null || shared.contains(h)) {
				continue;
			}
			grid.remove(h);
			if (grid.fitsAlone(u, g)) {
				grid.place(g, u);
				int u2 = best(h, false, u);
				if (u2 >= 0) {
					grid.place(h, u2);
					return;
				}
				grid.remove(g);
			}
			grid.place(h, u);
		}
	}

	/** Moves and swaps of groups with units of their own while they meet more preferences. */
	private void improve() {
		for (int pass = 0; pass < PASSES; pass++) {
			boolean better = false;
			for (Group g : order) {
				int cur = grid.unitOf(g);
				if (cur < 0 || shared.contains(g) || !wants(g, cur)) {
					continue;
				}
				int before = grid.score(cur, g);
				grid.remove(g);
				int u = best(g, false, -1);
				if (u >= 0 && u != cur && grid.score(u, g) > before) {
					grid.place(g, u);
					better = true;
				} else {
					grid.place(g, cur);
					better |= swap(g);
				}
			}
			if (!better) {
				return;
			}
		}
	}

	/** Whether a member of the group asks for something the unit lacks. */
	private boolean wants(Group g, int u) {
		for (Member m : g.members) {
			if (!grid.features.get(u).containsAll(m.soft)) {
				return true;
			}
		}
		return false;
	}

	private boolean swap(Group g) {
		int ug = grid.unitOf(g);
		for (Group h : order) {
			int uh = grid.unitOf(h);
			if (h == g || uh < 0 || uh == ug || shared.contains(h) || !offersMore(g, ug, uh)) {
				continue;
			}
			int before = grid.score(ug, g) + grid.score(uh, h);
			grid.remove(g);
			grid.remove(h);
			if (grid.fitsAlone(uh, g) && grid.fitsAlone(ug, h) && grid.score(uh, g) + grid.score(ug, h) > before) {
				grid.place(g, uh);
				grid.place(h, ug);
				return true;
			}
			grid.place(g, ug);
			grid.place(h, uh);
		}
		return false;
	}

	private boolean offersMore(Group g, int from, int to) {
		for (Member m : g.members) {
			for (String key : m.soft) {
				if (grid.features.get(to).contains(key) && !grid.features.get(from).contains(key)) {
					return true;
				}
			}
		}
		return false;
	}
}
