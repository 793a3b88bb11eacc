// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioResource;
import org.backlot.schedule.api.ConstraintKind;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.osgi.util.NLS;

/**
 * The date-bound hard constraints of a production, resource by resource:
 * actors' unavailable days, stages and locations booked by other productions
 * or unavailable, and location permits. Answers why a scene cannot be shot on
 * a date, and compiles that into bit sets for the optimiser.
 */
public final class Restrictions {
	/**
	 * One reason a scene cannot be shot on a date.
	 *
	 * @param kind    the constraint broken
	 * @param message what breaks it, already naming the date, the day and the scene
	 */
	public record Block(ConstraintKind kind, String message) {
	}

	/** A date range, inclusive, with the words that say why it blocks. */
	private record Span(LocalDate from, LocalDate to, ConstraintKind kind, String what) {
		boolean contains(LocalDate d) {
			return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
		}
	}

	/** The permit rule of one location. */
	private record PermitRule(String what, LocalDate earliest, boolean refused, List<LocalDate[]> allowed) {
	}

	private final Map<Object, List<Span>> spans = new IdentityHashMap<>();
	private final Map<Location, List<PermitRule>> permits = new IdentityHashMap<>();
	private final SceneNeeds needs;

	/** The restrictions of a production, with the scene needs of its board. */
	public Restrictions(Production p, SceneNeeds needs) {
		this.needs = needs;
		if (p.getBreakdown() != null) {
			p.getBreakdown().getElements().forEach(e -> {
				if (e instanceof CastMember c) {
					for (DateRange r : c.getUnavailable()) {
						add(c, r.getFrom(), r.getTo(), ConstraintKind.CAST_AVAILABILITY, NLS.bind(Messages.isUnavailable, Texts.castName(c)));
					}
				}
			});
		}
		if (p.getStudio() != null) {
			for (Location l : p.getStudio().getLocations()) {
				for (DateRange r : l.getUnavailable()) {
					add(l, r.getFrom(), r.getTo(), ConstraintKind.LOCATION_AVAILABILITY, NLS.bind(Messages.isUnavailable, l.getName()));
				}
			}
			for (Booking b : p.getStudio().getBookings()) {
				StudioResource res = b.getResource();
				if (res == null || b.getStatus() == BookingStatus.CANCELLED || b.getProductionId() != null && b.getProductionId().equals(p.getId())) {
					continue;
				}
				if (res instanceof Stage || res instanceof Location) {
					String other = b.getProductionTitle() != null && !b.getProductionTitle().isBlank() ? b.getProductionTitle()
							: b.getProductionId() == null ? Messages.anotherProduction : b.getProductionId();
					ConstraintKind kind = res instanceof Stage ? ConstraintKind.STAGE_BOOKING : ConstraintKind.LOCATION_AVAILABILITY;
					add(res, b.getFrom(), b.getTo(), kind, NLS.bind(Messages.isBookedBy, Texts.resourceName(res), other));
				}
			}
		}
		compilePermits(p);
	}

	private void add(Object resource, java.util.Date from, java.util.Date to, ConstraintKind kind, String what) {
		LocalDate f = from == null ? null : ShootCalendar.toLocal(from);
		LocalDate t = to == null ? f : ShootCalendar.toLocal(to);
		if (f == null && t == null) {
			return;
		}
		spans.computeIfAbsent(resource, k -> new ArrayList<>()).add(new Span(f, t, kind, what));
	}

	private void compilePermits(Production p) {
		Set<LocalDate> holidays = new HashSet<>();
		for (Holiday h : p.getHolidays()) {
			if (h.getDate() != null) {
				holidays.add(ShootCalendar.toLocal(h.getDate()));
			}
		}
		Map<Location, Boolean> approvedSeen = new IdentityHashMap<>();
		for (PermitApplication a : p.getPermitApplications()) {
			for (Location l : a.getLocations()) {
				if (a.getStatus() == PermitStatus.APPROVED) {
					approvedSeen.put(l, true);
				}
			}
		}
		for (PermitApplication a : p.getPermitApplications()) {
			String authority = a.getAuthority() == null || a.getAuthority().getName() == null ? "" : a.getAuthority().getName(); //$NON-NLS-1$
			for (Location l : a.getLocations()) {
				String what = NLS.bind(Messages.permitFor, l.getName(), authority);
				PermitStatus status = a.getStatus();
				PermitRule rule;
				if (status == PermitStatus.APPROVED) {
					List<LocalDate[]> allowed = new ArrayList<>();
					for (PermitPeriod period : a.getPeriods()) {
						if ((period.getKind() == PeriodKind.SHOOT || period.getKind() == PeriodKind.PREP) && period.getStart() != null) {
							LocalDate s = ShootCalendar.toLocal(period.getStart());
							allowed.add(new LocalDate[] { s, period.getEnd() == null ? s : ShootCalendar.toLocal(period.getEnd()) });
						}
					}
					rule = new PermitRule(what, null, false, allowed.isEmpty() ? null : allowed);
				} else if (approvedSeen.containsKey(l)) {
					continue; // an approved application for the same location supersedes the others
				} else if (status == PermitStatus.REJECTED || status == PermitStatus.WITHDRAWN || status == PermitStatus.EXPIRED) {
					rule = new PermitRule(NLS.bind(Messages.permitRefused, what, Texts.status(status)), null, true, null);
				} else {
					LocalDate from = LocalDate.now();
					for (StatusChange c : a.getHistory()) {
						if (c.getStatus() == PermitStatus.SUBMITTED && c.getAt() != null) {
							from = ShootCalendar.toLocal(c.getAt());
						}
					}
					int target = a.getAuthority() == null ? 0 : Math.max(0, a.getAuthority().getTargetDays());
					LocalDate earliest = from;
					for (int k = 0; k < target;) {
						earliest = earliest.plusDays(1);
						if (earliest.getDayOfWeek() != DayOfWeek.SATURDAY && earliest.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(earliest)) {
							k++;
						}
					}
					rule = new PermitRule(NLS.bind(Messages.permitEarliest, what, Texts.date(earliest)), earliest, false, null);
				}
				permits.computeIfAbsent(l, k -> new ArrayList<>()).add(rule);
			}
		}
	}

	/** Every reason the scene cannot be shot on the date (empty when it can); {@code day} is 0-based. */
	public List<Block> blocks(Scene s, LocalDate date, int day) {
		List<Block> out = new ArrayList<>();
		scan(s, date, day, out);
		return out;
	}

	/** Whether anything forbids shooting the scene on the date. */
	public boolean isBlocked(Scene s, LocalDate date) {
		return scan(s, date, -1, null);
	}

	/** Finds the blocks; with {@code out} null stops at the first and builds no words. */
	private boolean scan(Scene s, LocalDate date, int day, List<Block> out) {
		boolean any = false;
		for (CastMember c : needs.cast(s)) {
			any |= spans(c, s, date, day, out);
			if (any && out == null) {
				return true;
			}
		}
		if (s.getStage() != null) {
			any |= spans(s.getStage(), s, date, day, out);
		}
		Location l = s.getLocation();
		if (l == null || any && out == null) {
			return any;
		}
		any |= spans(l, s, date, day, out);
		for (PermitRule r : permits.getOrDefault(l, List.of())) {
			if (any && out == null) {
				return true;
			}
			boolean blocked;
			String what = r.what;
			if (r.refused) {
				blocked = true;
			} else if (r.earliest != null) {
				blocked = date.isBefore(r.earliest);
			} else if (r.allowed != null) {
				blocked = true;
				for (LocalDate[] a : r.allowed) {
					blocked &= date.isBefore(a[0]) || date.isAfter(a[1]);
				}
				if (blocked && out != null) {
					StringBuilder periods = new StringBuilder();
					for (LocalDate[] a : r.allowed) {
						periods.append(periods.length() > 0 ? ", " : "").append(Texts.date(a[0])).append(" - ").append(Texts.date(a[1])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					what = NLS.bind(Messages.permitPeriods, r.what, periods);
				}
			} else {
				blocked = false;
			}
			if (blocked && out != null) {
				out.add(new Block(ConstraintKind.PERMITS, at(what, s, date, day)));
			}
			any |= blocked;
		}
		return any;
	}

	private boolean spans(Object resource, Scene s, LocalDate date, int day, List<Block> out) {
		boolean any = false;
		for (Span span : spans.getOrDefault(resource, List.of())) {
			if (span.contains(date)) {
				any = true;
				if (out == null) {
					return true;
				}
				out.add(new Block(span.kind, at(span.what, s, date, day)));
			}
		}
		return any;
	}

	private static String at(String what, Scene s, LocalDate date, int day) {
		return NLS.bind(Messages.onDay, new Object[] { what, Texts.date(date), Integer.toString(day + 1), s.getNumber() });
	}

	/** Whether any restriction at all concerns the scene (its actors, stage or location have one). */
	public boolean concerns(Scene s) {
		for (CastMember c : needs.cast(s)) {
			if (spans.containsKey(c)) {
				return true;
			}
		}
		return s.getStage() != null && spans.containsKey(s.getStage())
				|| s.getLocation() != null && (spans.containsKey(s.getLocation()) || permits.containsKey(s.getLocation()));
	}

	/** Actors, stages and locations with restrictions, by kind: how many of each kind of resource is restricted. */
	public int count(ConstraintKind kind) {
		int n = 0;
		for (List<Span> l : spans.values()) {
			if (l.stream().anyMatch(x -> x.kind == kind)) {
				n++;
			}
		}
		return kind == ConstraintKind.PERMITS ? permits.size() : n;
	}
}
