// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.WorkingDays;
import org.eclipse.osgi.util.NLS;

/**
 * What stands between the days and their approvals: days an approval cannot be in time for (none applied for, not
 * submitted, or expected too late), refusals, approved hours or places that do not cover a day, and insurance that
 * expires before the permit's last day. Days before today are past and left out.
 */
public final class Conflicts {
	private Conflicts() {
	}

	/**
	 * The conflicts of the requirements.
	 *
	 * @param everyDay each day an approval cannot be in time for, or only the first of each requirement
	 */
	public static List<Conflict> of(Production p, List<Derivation.Derived> derived, LocalDate today, boolean everyDay) {
		List<Conflict> out = new ArrayList<>();
		WorkingDays wd = WorkingDays.of(p);
		Set<PermitApplication> documentsSeen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Derivation.Derived x : derived) {
			Requirement r = x.requirement();
			List<DayAtPlace> active = r.days().stream().filter(d -> !d.date().isBefore(today)).toList();
			if (active.isEmpty()) {
				continue;
			}
			String who = r.authority().label();
			PermitApplication app = r.application();
			switch (r.coverage()) {
			case MISSING, NOT_SUBMITTED -> {
				LocalDate earliest = wd.plus(today, x.targetDays());
				for (DayAtPlace d : active) {
					LocalDate submitBy = wd.minus(d.date(), x.leadDays());
					LocalDate decideBy = decideBy(wd, d);
					if (!submitBy.isBefore(today) && !earliest.isAfter(decideBy)) {
						break;
					}
					boolean missing = r.coverage() == Requirement.Coverage.MISSING;
					out.add(new Conflict(missing ? Conflict.Kind.NOT_APPLIED : Conflict.Kind.NOT_APPROVED_IN_TIME, app, r, d.dayNumber(), d.date(),
							NLS.bind(missing ? Messages.notApplied : Messages.notInTimeDraft, new Object[] { who, r.placeName(), d.dayNumber(),
									Times.text(d.date()), Times.text(decideBy), Times.text(submitBy), Times.text(earliest) })));
					if (!everyDay) {
						break;
					}
				}
			}
			case PENDING, AT_RISK -> {
				LocalDate expected = x.expected();
				for (DayAtPlace d : active) {
					LocalDate decideBy = decideBy(wd, d);
					if (expected == null || !expected.isAfter(decideBy)) {
						break;
					}
					out.add(new Conflict(Conflict.Kind.NOT_APPROVED_IN_TIME, app, r, d.dayNumber(), d.date(), NLS.bind(Messages.notInTimePending,
							new Object[] { who, r.placeName(), d.dayNumber(), Times.text(d.date()), Times.text(decideBy), Times.text(expected) })));
					if (!everyDay) {
						break;
					}
				}
			}
			case REFUSED -> {
				for (DayAtPlace d : active) {
					out.add(new Conflict(Conflict.Kind.REFUSED, app, r, d.dayNumber(), d.date(), NLS.bind(Messages.refused,
							new Object[] { who, r.placeName(), d.dayNumber(), Times.text(d.date()), status(app.getStatus()) })));
					if (!everyDay) {
						break;
					}
				}
			}
			case PARTLY_APPROVED -> {
				for (DayAtPlace d : active) {
					if (x.cover().covers(d)) {
						continue;
					}
					if (x.cover().coveredElsewhere(d)) {
						out.add(new Conflict(Conflict.Kind.PLACE_NOT_COVERED, app, r, d.dayNumber(), d.date(), NLS.bind(Messages.placeNotCovered,
								new Object[] { who, r.placeName(), d.dayNumber(), Times.text(d.date()), scenes(d.scenes()) })));
					} else {
						String approved = x.cover().approvedHours(d.date());
						out.add(new Conflict(Conflict.Kind.HOURS_NOT_COVERED, app, r, d.dayNumber(), d.date(),
								NLS.bind(approved == null ? Messages.dayNotCovered : Messages.hoursNotCovered, new Object[] { who, r.placeName(),
										d.dayNumber(), Times.text(d.date()), approved == null ? Times.hours(d.from(), d.to()) : approved,
										Times.hours(d.from(), d.to()) })));
					}
				}
			}
			case APPROVED -> {
				// covered
			}
			}
			if (app != null && r.coverage() != Requirement.Coverage.REFUSED && documentsSeen.add(app)) {
				documents(app, r, active, out);
			}
		}
		return out;
	}

	/** The day a decision is needed for a shoot day: the working day before it. */
	static LocalDate decideBy(WorkingDays wd, DayAtPlace d) {
		return wd.minus(d.date().minusDays(1), 0);
	}

	private static void documents(PermitApplication app, Requirement r, List<DayAtPlace> active, List<Conflict> out) {
		LocalDateTime lastEnd = null;
		for (PermitPeriod period : app.getPeriods()) {
			Times.Span s = Times.span(period);
			if (s != null && (lastEnd == null || s.to().isAfter(lastEnd))) {
				lastEnd = s.to();
			}
		}
		if (lastEnd == null) {
			lastEnd = active.get(active.size() - 1).to();
		}
		LocalDate lastDay = lastEnd.minusMinutes(1).toLocalDate();
		for (PermitDocument doc : app.getDocuments()) {
			String kind = doc.getKind() == null ? "" : doc.getKind(); //$NON-NLS-1$
			if (doc.getExpires() == null || !(kind.toLowerCase(Locale.ROOT).contains("insurance") || kind.contains("\u4fdd\u9669"))) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			LocalDate expires = Times.date(doc.getExpires());
			String label = kind;
			for (DocumentKind k : r.authority().rules().documents(app, r.authority())) {
				if (k.key().equals(kind)) {
					label = k.label();
				}
			}
			if (!expires.isBefore(lastDay)) {
				continue;
			}
			DayAtPlace hit = active.stream().filter(d -> d.date().isAfter(expires)).findFirst().orElse(null);
			out.add(new Conflict(Conflict.Kind.DOCUMENT_EXPIRED, app, r, hit == null ? 0 : hit.dayNumber(), hit == null ? null : hit.date(),
					NLS.bind(Messages.documentExpired, new Object[] { r.authority().label(), r.placeName(), label, Times.text(expires), Times.text(lastDay) })));
		}
	}

	private static String status(PermitStatus s) {
		return switch (s) {
		case REJECTED -> Messages.statusRejected;
		case WITHDRAWN -> Messages.statusWithdrawn;
		default -> Messages.statusExpired;
		};
	}

	private static String scenes(List<Scene> scenes) {
		StringBuilder b = new StringBuilder();
		for (Scene s : scenes) {
			b.append(b.length() > 0 ? ", " : "").append(s.getNumber()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b.toString();
	}
}
