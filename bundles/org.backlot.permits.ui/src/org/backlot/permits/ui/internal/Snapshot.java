// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Clocks;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;
import org.backlot.schedule.api.Boards;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.osgi.util.NLS;

/**
 * What the permit rules say about a production today: the active board's days
 * at each place, the requirements with the applications that cover them, the
 * conflicts, and each application's clock. Worked out once per change of the
 * production and shared by the permit views.
 */
public final class Snapshot {
	private final Production production;
	private final Schedule board;
	private final LocalDate today;
	private final List<DayAtPlace> days;
	private final List<Requirement> requirements;
	private final List<Conflict> conflicts;
	private final String problem;
	private final Map<PermitApplication, List<Requirement>> covered = new IdentityHashMap<>();
	private final Map<PermitApplication, Clock> clocks = new IdentityHashMap<>();

	private Snapshot(Production p, LocalDate today) {
		production = p;
		this.today = today;
		board = Boards.active(p);
		List<DayAtPlace> d = List.of();
		List<Requirement> r = List.of();
		List<Conflict> c = List.of();
		String why = null;
		if (board != null) {
			try {
				d = Permits.days(p, board);
				r = Permits.derive(p, board, today);
				c = Permits.conflicts(p, board, today);
			} catch (RuntimeException e) {
				ILog.of(Snapshot.class).error("Permit rules failed on " + p.getTitle(), e); //$NON-NLS-1$
				why = NLS.bind(Messages.engineFailed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			}
		}
		days = d;
		requirements = r;
		conflicts = c;
		problem = why;
		for (Requirement req : requirements) {
			if (req.application() != null) {
				covered.computeIfAbsent(req.application(), a -> new ArrayList<>()).add(req);
			}
		}
	}

	/** The production's snapshot for today (cached until the production changes). */
	public static Snapshot of(Production p) {
		return of(p, LocalDate.now());
	}

	/** The production's snapshot for a day (cached until the production changes). */
	public static Snapshot of(Production p, LocalDate today) {
		Watch w = null;
		for (Adapter a : p.eAdapters()) {
			if (a instanceof Watch x) {
				w = x;
			}
		}
		if (w == null) {
			w = new Watch();
			p.eAdapters().add(w);
		}
		if (w.snapshot == null || !w.snapshot.today.equals(today)) {
			w.snapshot = new Snapshot(p, today);
		}
		return w.snapshot;
	}

	/** The production. */
	public Production production() {
		return production;
	}

	/** The active board, or null. */
	public Schedule board() {
		return board;
	}

	/** The day the clocks are read on. */
	public LocalDate today() {
		return today;
	}

	/** Each shoot day's work at each place, in date order. */
	public List<DayAtPlace> days() {
		return days;
	}

	/** What the schedule needs approved. */
	public List<Requirement> requirements() {
		return requirements;
	}

	/** Shoot days that depend on a permit not approved in time. */
	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** Why the rules could not be applied, or null. */
	public String problem() {
		return problem;
	}

	/** The requirements an application covers, by first day. */
	public List<Requirement> covered(PermitApplication a) {
		List<Requirement> list = new ArrayList<>(covered.getOrDefault(a, List.of()));
		list.sort(Comparator.comparing(r -> r.first().date()));
		return list;
	}

	/** The first shoot day that needs the application, or null. */
	public DayAtPlace firstDay(PermitApplication a) {
		List<Requirement> list = covered(a);
		return list.isEmpty() ? null : list.get(0).first();
	}

	/** The date the schedule needs the application decided by, or null when no scheduled day depends on it. */
	public LocalDate deadline(PermitApplication a) {
		LocalDate d = null;
		for (Requirement r : covered.getOrDefault(a, List.of())) {
			if (r.decideBy() != null && (d == null || r.decideBy().isBefore(d))) {
				d = r.decideBy();
			}
		}
		return d;
	}

	/** The application's service-level clock against the schedule's deadline (null when the rules failed). */
	public Clock clock(PermitApplication a) {
		return clocks.computeIfAbsent(a, x -> {
			try {
				return Clocks.of(x, today, deadline(x));
			} catch (RuntimeException e) {
				ILog.of(Snapshot.class).error("Clock failed", e); //$NON-NLS-1$
				return null;
			}
		});
	}

	/** Forgets the snapshot whenever anything in the production changes. */
	private static final class Watch extends EContentAdapter {
		private Snapshot snapshot;

		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (!n.isTouch()) {
				snapshot = null;
			}
		}
	}
}
