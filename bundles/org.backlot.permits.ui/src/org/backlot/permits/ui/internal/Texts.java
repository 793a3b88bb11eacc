// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

import org.backlot.core.api.Languages;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Clocks;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.Workflow;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.ui.api.DisplayDates;
import org.eclipse.osgi.util.NLS;

/** How permit things read in the user's language: dates, statuses, coverage, clocks, hazards, authorities and places. */
public final class Texts {
	private Texts() {
	}

	/** "Mar 3, 2027" / "2027年3月3日"; empty for null. */
	public static String date(LocalDate d) {
		return DisplayDates.date(d);
	}

	/** The calendar date of a model date, as {@link #date(LocalDate)}. */
	public static String date(Date d) {
		return d == null ? "" : date(local(d)); //$NON-NLS-1$
	}

	/** "Mar 3" / "3月3日". */
	public static String shortDate(LocalDate d) {
		return DisplayDates.shortDate(d);
	}

	/** "Wed Mar 3" / "3月3日 周三". */
	public static String weekdayDate(LocalDate d) {
		return DisplayDates.weekdayDate(d);
	}

	/** "Mar 3, 2027 07:00" of a model date and time. */
	public static String dateTime(Date d) {
		return DisplayDates.dateTime(d);
	}

	/** The calendar date of a model date. */
	public static LocalDate local(Date d) {
		return d == null ? null : ShootCalendar.toLocal(d);
	}

	/** "Day 3 · Mar 3, 2027". */
	public static String day(int number, LocalDate date) {
		return NLS.bind(Messages.dayAndDate, number, date(date));
	}

	/** Where an application stands, in words. */
	public static String status(PermitStatus s) {
		if (s == null) {
			return Messages.notApplied;
		}
		String label = engine(() -> Workflow.label(s));
		return label != null ? label : field("status", s.name()); //$NON-NLS-1$
	}

	/** How a requirement is covered, in words ("not needed" for null). */
	public static String coverage(Requirement.Coverage c) {
		return field("coverage", c == null ? "NONE" : c.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A clock's state in words. */
	public static String clockState(Clock.State s) {
		String label = s == null ? null : engine(() -> Clocks.label(s));
		return label != null ? label : field("clock", s == null ? "NOT_STARTED" : s.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "2/3 working days · On time". */
	public static String clock(Clock c) {
		if (c == null) {
			return ""; //$NON-NLS-1$
		}
		if (c.state() == Clock.State.NOT_STARTED) {
			return clockState(c.state());
		}
		return NLS.bind(Messages.clockText, new Object[] { c.elapsed(), c.target(), clockState(c.state()) });
	}

	/** A hazard as the forms name it. */
	public static String hazard(Hazard h) {
		return field("hazard", h.name()); //$NON-NLS-1$
	}

	/** A part of the permitted time. */
	public static String period(PeriodKind k) {
		return k == null ? "" : field("period", k.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The contributed authority's name in the user's language. */
	public static String authority(AuthorityDefinition a) {
		return a == null ? Messages.unknownAuthority : a.label();
	}

	/** The name of the authority an application goes to. */
	public static String authority(Authority record) {
		if (record == null) {
			return Messages.unknownAuthority;
		}
		AuthorityDefinition def = engine(() -> Authorities.of(record).orElse(null));
		if (def != null) {
			return def.label();
		}
		return Languages.pick(record.getName(), record.getNameZh());
	}

	/** A listed place's name in the user's language. */
	public static String place(Location l) {
		return l == null ? Messages.unnamedPlace : Languages.pick(l.getName(), l.getNameZh());
	}

	/** The application's places; the requirements' places when it lists none. */
	public static String places(PermitApplication a, Collection<Requirement> covered) {
		Set<String> names = new LinkedHashSet<>();
		if (a != null) {
			for (Location l : a.getLocations()) {
				names.add(place(l));
			}
		}
		if (names.isEmpty()) {
			for (Requirement r : covered) {
				names.add(r.location() != null ? place(r.location()) : r.placeName() == null ? Messages.unnamedPlace : r.placeName());
			}
		}
		return String.join(Messages.listSeparator + (Languages.chinese() ? "" : " "), names); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A label from the engine, or null when it has none (or fails). */
	private static <T> T engine(java.util.function.Supplier<T> label) {
		try {
			T t = label.get();
			return t instanceof String s && s.isBlank() ? null : t;
		} catch (RuntimeException | LinkageError e) {
			return null;
		}
	}

	private static String field(String prefix, String name) {
		try {
			Object v = Messages.class.getField(prefix + name).get(null);
			return v == null ? name : v.toString();
		} catch (ReflectiveOperationException e) {
			return name;
		}
	}
}
