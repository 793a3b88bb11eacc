// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.studio.Apartment;

/**
 * The units by night while an allocation is planned: nights blocked by
 * bookings, beds taken by the production's people placed so far, and the
 * groups in each unit.
 */
final class UnitGrid {
	static final int PREFERENCE = 10;
	static final int SPARE_BED = 3;
	static final int NEIGHBOUR = 1;
	final Apartment[] units;
	final int[] beds;
	final List<Set<String>> features = new ArrayList<>();
	final int nights;
	private final boolean[] blocked;
	private final short[] taken;
	private final List<List<Groups.Group>> in = new ArrayList<>();
	private final Map<Groups.Group, Integer> at = new IdentityHashMap<>();
	private final Map<String, Map<String, Integer>> departmentBuildings = new HashMap<>();
	int maxBeds;

	UnitGrid(List<Apartment> apartments, int nights) {
		units = apartments.toArray(new Apartment[0]);
		beds = new int[units.length];
		this.nights = nights;
		blocked = new boolean[units.length * nights];
		taken = new short[units.length * nights];
		for (int u = 0; u < units.length; u++) {
			beds[u] = Math.max(1, units[u].getBeds());
			maxBeds = Math.max(maxBeds, beds[u]);
			Set<String> f = new HashSet<>();
			units[u].getFeatures().forEach(x -> f.add(Words.key(Words.Kind.FEATURE, x)));
			features.add(f);
			in.add(new ArrayList<>());
		}
	}

	/** Marks the unit taken on nights {@code from..to} (clipped to the plan). */
	void block(int u, int from, int to) {
		for (int n = Math.max(0, from); n <= Math.min(nights - 1, to); n++) {
			blocked[u * nights + n] = true;
		}
	}

	/** Whether the unit is free of other bookings on all the group's nights and offers what the group must have. */
	boolean open(int u, Groups.Group g) {
		return open(u, g, true);
	}

	/** {@link #open(int, Groups.Group)}, with or without the group's must-have features. */
	boolean open(int u, Groups.Group g, boolean musts) {
		if (beds[u] < g.size || musts && !features.get(u).containsAll(g.hard)) {
			return false;
		}
		for (int n = g.lo; n <= g.hi; n++) {
			if (blocked[u * nights + n]) {
				return false;
			}
		}
		return true;
	}

	/** Whether the group can have the unit to itself. */
	boolean fitsAlone(int u, Groups.Group g) {
		if (!open(u, g)) {
			return false;
		}
		for (int n = g.lo; n <= g.hi; n++) {
			if (taken[u * nights + n] > 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether crew of one department can join the colleagues in the unit: only that department there, a bed each night. */
	boolean fitsShared(int u, Groups.Group g) {
		if (g.cast || g.department == null || !open(u, g)) {
			return false;
		}
		boolean someone = false;
		for (Groups.Group other : in.get(u)) {
			if (other.lo <= g.hi && g.lo <= other.hi) {
				if (other.cast || !g.department.equals(other.department)) {
					return false;
				}
				someone = true;
			}
		}
		for (int n = g.lo; n <= g.hi; n++) {
			if (taken[u * nights + n] + g.presence[n - g.lo] > beds[u]) {
				return false;
			}
		}
		return someone;
	}

	/** How well the unit suits the group: preferences met, few spare beds, near colleagues of the department. */
	int score(int u, Groups.Group g) {
		int s = 0;
		for (Groups.Member m : g.members) {
			for (String key : m.soft) {
				if (features.get(u).contains(key)) {
					s += PREFERENCE;
				}
			}
		}
		s -= SPARE_BED * Math.max(0, beds[u] - g.size);
		if (g.department != null) {
			Map<String, Integer> b = departmentBuildings.get(g.department);
			if (b != null && b.getOrDefault(String.valueOf(units[u].getBuilding()), 0) > (at.get(g) != null && at.get(g) == u ? g.members.size() : 0)) {
				s += NEIGHBOUR;
			}
		}
		return s;
	}

	void place(Groups.Group g, int u) {
		for (Groups.Member m : g.members) {
			for (int n = m.from; n <= m.to; n++) {
				taken[u * nights + n]++;
			}
		}
		in.get(u).add(g);
		at.put(g, u);
		if (g.department != null) {
			departmentBuildings.computeIfAbsent(g.department, k -> new HashMap<>()).merge(String.valueOf(units[u].getBuilding()), g.members.size(),
					Integer::sum);
		}
	}

	void remove(Groups.Group g) {
		Integer u = at.remove(g);
		if (u == null) {
			return;
		}
		for (Groups.Member m : g.members) {
			for (int n = m.from; n <= m.to; n++) {
				taken[u * nights + n]--;
			}
		}
		in.get(u).remove(g);
		if (g.department != null) {
			departmentBuildings.get(g.department).merge(String.valueOf(units[u].getBuilding()), -g.members.size(), Integer::sum);
		}
	}

	/** The unit of a placed group, or -1. */
	int unitOf(Groups.Group g) {
		Integer u = at.get(g);
		return u == null ? -1 : u;
	}

	/** The groups of the production in the unit. */
	List<Groups.Group> groupsIn(int u) {
		return in.get(u);
	}
}
