// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.script.Scene;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.api.WorkingDays;

/**
 * How a requirement's applications cover its days: the hours approved at the place, the hours approved for its scenes
 * elsewhere, and the most advanced application.
 */
public final class Cover {
	/** The key of applications that list no location (they serve stages and unlisted places). */
	static final Object NO_LOCATION = new Object();

	private enum State {
		APPROVED, PARTLY, PENDING, NOT_SUBMITTED, REFUSED, MISSING
	}

	private final State state;
	private final PermitApplication application;
	private final PermitApplication pending;
	private final List<Times.Span> here;
	private final boolean unrestricted;
	private final List<Elsewhere> elsewhere;

	/** An approval for some of the scenes at another place: its scenes and hours (null: any hours). */
	private record Elsewhere(Set<Scene> scenes, List<Times.Span> spans) {
	}

	private Cover(State state, PermitApplication application, PermitApplication pending, List<Times.Span> here, boolean unrestricted,
			List<Elsewhere> elsewhere) {
		this.state = state;
		this.application = application;
		this.pending = pending;
		this.here = here;
		this.unrestricted = unrestricted;
		this.elsewhere = elsewhere;
	}

	/** The application that covers the requirement best, or null. */
	public PermitApplication application() {
		return application;
	}

	/** The submitted application waiting for a decision, when that is the best there is. */
	public PermitApplication pending() {
		return pending;
	}

	/** The coverage, AT_RISK rather than PENDING when the decision is expected too late. */
	public Coverage coverage(boolean late) {
		return switch (state) {
		case APPROVED -> Coverage.APPROVED;
		case PARTLY -> Coverage.PARTLY_APPROVED;
		case PENDING -> late ? Coverage.AT_RISK : Coverage.PENDING;
		case NOT_SUBMITTED -> Coverage.NOT_SUBMITTED;
		case REFUSED -> Coverage.REFUSED;
		case MISSING -> Coverage.MISSING;
		};
	}

	/** Whether the place's approvals hold the day's hours. */
	public boolean covers(DayAtPlace d) {
		return unrestricted || holds(here, d);
	}

	/** Whether an approval for the day's scenes at another place holds its hours (the scenes moved). */
	public boolean coveredElsewhere(DayAtPlace d) {
		for (Elsewhere e : elsewhere) {
			if (d.scenes().stream().anyMatch(e.scenes()::contains) && (e.spans() == null || holds(e.spans(), d))) {
				return true;
			}
		}
		return false;
	}

	private static boolean holds(List<Times.Span> spans, DayAtPlace d) {
		for (Times.Span s : spans) {
			if (s.holds(d.from(), d.to())) {
				return true;
			}
		}
		return false;
	}

	/** The approved hours at the place on a date ("08:00–18:00"), or null when none. */
	public String approvedHours(LocalDate date) {
		List<String> parts = new ArrayList<>();
		LocalDateTime dayStart = date.atStartOfDay();
		LocalDateTime dayEnd = dayStart.plusDays(1);
		for (Times.Span s : here) {
			if (s.from().isBefore(dayEnd) && s.to().isAfter(dayStart)) {
				LocalDateTime from = s.from().isBefore(dayStart) ? dayStart : s.from();
				LocalDateTime to = s.to().isAfter(dayEnd) ? dayEnd : s.to();
				parts.add(Times.hours(from, to));
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts); //$NON-NLS-1$
	}

	/** Reads applications' periods and clocks. */
	static final class Reader {

		/** The cover of the days by these candidate applications of the authority. */
		Cover cover(boolean production, DayAtPlace first, List<DayAtPlace> days, List<PermitApplication> candidates) {
			if (candidates.isEmpty()) {
				return new Cover(State.MISSING, null, null, List.of(), false, List.of());
			}
			List<PermitApplication> approvedHere = new ArrayList<>();
			List<PermitApplication> approvedElsewhere = new ArrayList<>();
			PermitApplication pending = null;
			PermitApplication draft = null;
			PermitApplication refused = null;
			for (PermitApplication a : candidates) {
				boolean atPlace = production || (first.location() != null ? a.getLocations().contains(first.location()) : a.getLocations().isEmpty());
				PermitStatus s = a.getStatus();
				if (s == PermitStatus.APPROVED) {
					(atPlace ? approvedHere : approvedElsewhere).add(a);
				} else if (!atPlace) {
					continue;
				} else if (s == PermitStatus.SUBMITTED || s == PermitStatus.MORE_INFO) {
					pending = pending == null ? a : pending;
				} else if (s == PermitStatus.DRAFT || s == PermitStatus.COMPLETE) {
					draft = draft == null ? a : draft;
				} else {
					refused = a;
				}
			}
			boolean unrestricted = false;
			List<Times.Span> spans = new ArrayList<>();
			for (PermitApplication a : approvedHere) {
				unrestricted |= !addSpans(a, spans);
			}
			List<Times.Span> here = merge(spans);
			List<Elsewhere> elsewhere = new ArrayList<>();
			for (PermitApplication a : approvedElsewhere) {
				List<Times.Span> own = new ArrayList<>();
				Set<Scene> scenes = Collections.newSetFromMap(new IdentityHashMap<>());
				scenes.addAll(a.getScenes());
				elsewhere.add(new Elsewhere(scenes, addSpans(a, own) ? merge(own) : null));
			}
			int covered = 0;
			for (DayAtPlace d : days) {
				if (unrestricted || holds(here, d)) {
					covered++;
				}
			}
			PermitApplication anyApproved = !approvedHere.isEmpty() ? approvedHere.get(0) : approvedElsewhere.isEmpty() ? null : approvedElsewhere.get(0);
			State state;
			PermitApplication app;
			if (covered == days.size()) {
				state = State.APPROVED;
				app = approvedHere.get(0);
			} else if (covered > 0) {
				state = State.PARTLY;
				app = approvedHere.get(0);
			} else if (pending != null) {
				state = State.PENDING;
				app = pending;
			} else if (draft != null) {
				state = State.NOT_SUBMITTED;
				app = draft;
			} else if (anyApproved != null) {
				state = State.PARTLY;
				app = anyApproved;
			} else if (refused != null) {
				state = State.REFUSED;
				app = refused;
			} else {
				state = State.MISSING;
				app = null;
			}
			return new Cover(state, app, state == State.PENDING ? pending : null, here, unrestricted, elsewhere);
		}

		/** Adds the application's periods; false when it has none with a start (an approval without hours). */
		private boolean addSpans(PermitApplication a, List<Times.Span> into) {
			boolean any = false;
			for (PermitPeriod p : a.getPeriods()) {
				Times.Span s = Times.span(p);
				if (s != null) {
					into.add(s);
					any = true;
				}
			}
			return any;
		}

		/** When a submitted application is expected to be decided: its submission (or today, when more was asked) plus the target. */
		LocalDate expected(PermitApplication a, WorkingDays wd, int target, LocalDate today) {
			LocalDate base = null;
			for (StatusChange c : a.getHistory()) {
				if (c.getAt() != null && (c.getStatus() == PermitStatus.SUBMITTED || c.getStatus() == PermitStatus.MORE_INFO)) {
					base = Times.date(c.getAt());
				}
			}
			if (base == null || a.getStatus() == PermitStatus.MORE_INFO && base.isBefore(today)) {
				base = today;
			}
			LocalDate due = wd.plus(base, target);
			return due.isBefore(today) ? today : due;
		}
	}

	/** Spans sorted and joined where they touch or overlap. */
	static List<Times.Span> merge(List<Times.Span> spans) {
		if (spans.size() < 2) {
			return spans;
		}
		List<Times.Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Times.Span::from));
		List<Times.Span> out = new ArrayList<>();
		Times.Span current = sorted.get(0);
		for (int i = 1; i < sorted.size(); i++) {
			Times.Span s = sorted.get(i);
			if (!s.from().isAfter(current.to())) {
				current = new Times.Span(current.from(), s.to().isAfter(current.to()) ? s.to() : current.to());
			} else {
				out.add(current);
				current = s;
			}
		}
		out.add(current);
		return out;
	}
}
