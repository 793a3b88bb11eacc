// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.Texts;

/** The dashboard's rows: applications and requirements not applied for, grouped by authority, ordered by status and first day. */
final class Rows {
	/** Statuses in the order rows are listed (the ones needing action first); null is "not applied". */
	static final List<PermitStatus> ORDER = java.util.Arrays.asList(null, PermitStatus.MORE_INFO, PermitStatus.DRAFT, PermitStatus.COMPLETE,
			PermitStatus.SUBMITTED, PermitStatus.APPROVED, PermitStatus.REJECTED, PermitStatus.WITHDRAWN, PermitStatus.EXPIRED);

	/** What rows to keep. */
	enum Show {
		/** Every row. */
		ALL,
		/** Rows that still need work: not applied, draft, complete, more information, submitted. */
		OPEN,
		/** Requirements no application covers. */
		NOT_APPLIED
	}

	/** The filter: a kind of rows or one status, and an authority's group key (null: all). */
	record Filter(Show show, PermitStatus status, String authority) {
		static final Filter NONE = new Filter(Show.ALL, null, null);

		boolean keeps(Line l) {
			if (authority != null && !authority.equals(l.group())) {
				return false;
			}
			PermitStatus s = l.status();
			if (status != null) {
				return s == status;
			}
			return switch (show) {
			case ALL -> true;
			case NOT_APPLIED -> l.application() == null;
			case OPEN -> s == null || s == PermitStatus.DRAFT || s == PermitStatus.COMPLETE || s == PermitStatus.MORE_INFO || s == PermitStatus.SUBMITTED;
			};
		}
	}

	/** An authority with its rows. */
	record Group(String key, String label, List<Line> lines) {
	}

	/**
	 * One row: an application (with the requirements it covers and its clock), or a requirement no application covers.
	 */
	record Line(String group, PermitApplication application, Requirement requirement, List<Requirement> covered, Clock clock,
			LocalDate deadline) {
		/** The application's status, null when not applied for. */
		PermitStatus status() {
			return application == null ? null : application.getStatus() == null ? PermitStatus.DRAFT : application.getStatus();
		}

		/** The first shoot day that needs it, or null. */
		DayAtPlace first() {
			return requirement != null ? requirement.first() : covered.isEmpty() ? null : covered.get(0).first();
		}

		/** What stays the same across refreshes: the application, or the requirement's authority, place and first day. */
		Object key() {
			return application != null ? application : requirementKey(requirement);
		}

		/** What the row stands for elsewhere: the application, or the requirement. */
		Object subject() {
			return application != null ? application : requirement;
		}
	}

	private Rows() {
	}

	/** What identifies a requirement across refreshes: its authority, place and first day. */
	static Object requirementKey(Requirement r) {
		DayAtPlace d = r.days().isEmpty() ? null : r.first();
		return List.of(r.authority().id(), String.valueOf(r.placeName()), d == null ? "" : String.valueOf(d.date())); //$NON-NLS-1$
	}

	/** The groups of the snapshot's applications and uncovered requirements that pass the filter; groups without rows are left out. */
	static List<Group> of(Snapshot s, Filter filter) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, List<Line>> lines = new LinkedHashMap<>();
		for (PermitApplication a : s.production().getPermitApplications()) {
			String key = key(a.getAuthority());
			labels.putIfAbsent(key, Texts.authority(a.getAuthority()));
			List<Requirement> covered = s.covered(a);
			Line l = new Line(key, a, null, covered, s.clock(a), s.deadline(a));
			if (filter.keeps(l)) {
				lines.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
			}
		}
		for (Requirement r : s.requirements()) {
			if (r.application() == null) {
				String key = r.authority().id();
				labels.putIfAbsent(key, Texts.authority(r.authority()));
				Line l = new Line(key, null, r, List.of(r), null, r.decideBy());
				if (filter.keeps(l)) {
					lines.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
				}
			}
		}
		Comparator<Line> order = Comparator.comparingInt((Line l) -> ORDER.indexOf(l.status()))
				.thenComparing(l -> l.first() == null ? LocalDate.MAX : l.first().date());
		List<Group> groups = new ArrayList<>();
		for (Map.Entry<String, List<Line>> e : lines.entrySet()) {
			e.getValue().sort(order);
			groups.add(new Group(e.getKey(), labels.get(e.getKey()), List.copyOf(e.getValue())));
		}
		Collator collator = Collator.getInstance();
		groups.sort(Comparator.comparing(Group::label, collator));
		return groups;
	}

	/** The row of an application or a requirement among the groups, or null. */
	static Line find(List<Group> groups, Object o) {
		for (Group g : groups) {
			for (Line l : g.lines()) {
				if (l.application() != null && l.application() == o) {
					return l;
				}
				if (o instanceof Requirement r && (r.application() != null ? l.application() == r.application()
						: l.application() == null && l.key().equals(requirementKey(r)))) {
					return l;
				}
			}
		}
		return null;
	}

	/** Every authority seen in the snapshot, by group key, with its name. */
	static Map<String, String> authorities(Snapshot s) {
		Map<String, String> all = new LinkedHashMap<>();
		for (PermitApplication a : s.production().getPermitApplications()) {
			all.putIfAbsent(key(a.getAuthority()), Texts.authority(a.getAuthority()));
		}
		for (Requirement r : s.requirements()) {
			all.putIfAbsent(r.authority().id(), Texts.authority(r.authority()));
		}
		return all;
	}

	/** The group of an application's authority: the contributed authority's id, else the studio record's. */
	static String key(Authority record) {
		if (record == null) {
			return ""; //$NON-NLS-1$
		}
		AuthorityDefinition def;
		try {
			def = Authorities.of(record).orElse(null);
		} catch (RuntimeException e) {
			def = null;
		}
		if (def != null) {
			return def.id();
		}
		return "record:" + (record.getId() != null ? record.getId() : record.getName()); //$NON-NLS-1$
	}
}
