// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.studio.api.Housing.Need;

/**
 * The people to house as members with their nights and preferences, joined
 * into groups that live together: a group is everyone linked by "share with"
 * (in either direction); everybody else is a group of one.
 */
final class Groups {
	/** How a resolved share-with preference is written. */
	static final String SHARE_WITH = "share with "; //$NON-NLS-1$
	/** The feature that is a must, not a wish. */
	static final String ACCESSIBLE = "accessible"; //$NON-NLS-1$
	private static final Pattern SHARE = Pattern.compile(
			"(?i)^\\s*(?:shares?|sharing|room)\\s+with\\s*[:：]?\\s*(.+?)\\s*$|^\\s*(?:与|和|跟)\\s*(.+?)\\s*(?:同住|合住|住一起)\\s*$|^\\s*(?:同住|合住)\\s*[:：]?\\s*(.+?)\\s*$"); //$NON-NLS-1$

	/** One person to house: nights as indexes into the plan's nights. */
	static final class Member {
		final Need need;
		final int from;
		final int to;
		final Set<String> soft = new LinkedHashSet<>();
		final Set<String> hard = new LinkedHashSet<>();
		final List<String> shareWith = new ArrayList<>();

		Member(Need need, int from, int to) {
			this.need = need;
			this.from = from;
			this.to = to;
			for (String pref : need.preferences()) {
				String target = shareTarget(pref);
				if (target != null) {
					shareWith.add(HousingNeeds.norm(target));
					continue;
				}
				for (String key : featureKeys(pref)) {
					(ACCESSIBLE.equals(key) ? hard : soft).add(key);
				}
			}
		}
	}

	/** People who live in one unit. */
	static final class Group {
		final List<Member> members = new ArrayList<>();
		int lo = Integer.MAX_VALUE;
		int hi = -1;
		int[] presence;
		int size;
		boolean cast;
		boolean asked;
		String department;
		final Set<String> hard = new LinkedHashSet<>();
		int candidates;

		void seal() {
			for (Member m : members) {
				lo = Math.min(lo, m.from);
				hi = Math.max(hi, m.to);
				cast |= m.need.cast();
				hard.addAll(m.hard);
			}
			presence = new int[hi - lo + 1];
			for (Member m : members) {
				for (int n = m.from; n <= m.to; n++) {
					size = Math.max(size, ++presence[n - lo]);
				}
			}
			String dept = members.get(0).need.department();
			for (Member m : members) {
				dept = dept != null && dept.equals(m.need.department()) ? dept : null;
			}
			department = cast ? null : dept;
			asked = members.size() > 1;
		}

		int nights() {
			return hi - lo + 1;
		}

		String name() {
			return members.get(0).need.name() == null ? "" : members.get(0).need.name(); //$NON-NLS-1$
		}
	}

	private Groups() {
	}

	/** The name a share-with preference names ("share with 唐宁", "与唐宁同住"), or null. */
	static String shareTarget(String pref) {
		if (pref == null) {
			return null;
		}
		Matcher m = SHARE.matcher(pref);
		if (!m.matches()) {
			return null;
		}
		return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
	}

	/** The feature keys a preference asks for: a known feature, the features named in free text, else the text itself. */
	static Set<String> featureKeys(String pref) {
		Set<String> out = new LinkedHashSet<>();
		String key = Words.key(Words.Kind.FEATURE, pref);
		if (Words.term(Words.Kind.FEATURE, key) != null) {
			out.add(key);
			return out;
		}
		Words.find(Words.Kind.FEATURE, pref).forEach(t -> out.add(t.key()));
		if (out.isEmpty() && !key.isBlank()) {
			out.add(key);
		}
		return out;
	}

	/** Joins members linked by share-with into groups (too big for every unit: one group each); order of first member kept. */
	static List<Group> build(List<Member> members, int maxBeds) {
		int n = members.size();
		int[] parent = new int[n];
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < n; i++) {
			parent[i] = i;
			Need need = members.get(i).need;
			if (need.name() != null) {
				byName.putIfAbsent(HousingNeeds.norm(need.name()), i);
			}
			if (need.personId() != null) {
				byName.putIfAbsent(HousingNeeds.norm(need.personId()), i);
			}
		}
		for (int i = 0; i < n; i++) {
			for (String target : members.get(i).shareWith) {
				Integer j = byName.get(target);
				if (j != null) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		Map<Integer, Group> groups = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(find(parent, i), k -> new Group()).members.add(members.get(i));
		}
		List<Group> out = new ArrayList<>();
		for (Group g : groups.values()) {
			g.seal();
			if (g.size > maxBeds && g.members.size() > 1) {
				for (Member m : g.members) {
					Group single = new Group();
					single.members.add(m);
					single.seal();
					out.add(single);
				}
			} else {
				out.add(g);
			}
		}
		return out;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
