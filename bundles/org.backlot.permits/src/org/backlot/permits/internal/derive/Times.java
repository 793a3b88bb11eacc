// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.backlot.model.permits.PermitPeriod;
import org.eclipse.osgi.util.NLS;

/**
 * Dates and hours of permits, read as the schedule reads model dates (in this machine's zone, see
 * {@link org.backlot.schedule.api.ShootCalendar#toLocal}); a period whose bounds are both midnights is taken as whole
 * days.
 */
public final class Times {
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	/** A span of wall-clock time, end exclusive. */
	public record Span(LocalDateTime from, LocalDateTime to) {
		/** Whether this span holds the other entirely. */
		public boolean holds(LocalDateTime start, LocalDateTime end) {
			return !start.isBefore(from) && !end.isAfter(to);
		}
	}

	private Times() {
	}

	/** The zone model dates are read in. */
	public static ZoneId zone() {
		return ZoneId.systemDefault();
	}

	/** The model date of a wall-clock time. */
	public static Date toDate(LocalDateTime t) {
		return Date.from(t.atZone(zone()).toInstant());
	}

	/** The wall-clock time of a model date. */
	public static LocalDateTime local(Date d) {
		return d.toInstant().atZone(zone()).toLocalDateTime();
	}

	/** The calendar date of a model date. */
	public static LocalDate date(Date d) {
		return d.toInstant().atZone(zone()).toLocalDate();
	}

	/** The span a period grants; whole days when both bounds are midnights; null without a start. */
	public static Span span(PermitPeriod period) {
		if (period.getStart() == null) {
			return null;
		}
		LocalDateTime from = local(period.getStart());
		LocalDateTime to = period.getEnd() == null ? from : local(period.getEnd());
		if (from.toLocalTime().equals(LocalTime.MIDNIGHT) && to.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			LocalDate last = to.toLocalDate().isBefore(from.toLocalDate()) ? from.toLocalDate() : to.toLocalDate();
			return new Span(from, last.plusDays(1).atStartOfDay());
		}
		return new Span(from, to.isBefore(from) ? from : to);
	}

	/** A date as users read it ("Mar 1, 2027", "2027年3月1日"). */
	public static String text(LocalDate d) {
		return d == null ? "" : DateTimeFormatter.ofPattern(Messages.datePattern, Locale.getDefault()).format(d); //$NON-NLS-1$
	}

	/** An hour as HH:mm. */
	public static String text(LocalDateTime t) {
		return t == null ? "" : HH_MM.format(t); //$NON-NLS-1$
	}

	/** Hours from..to as "07:00–20:00" (the end with its date when it is on a later day). */
	public static String hours(LocalDateTime from, LocalDateTime to) {
		String end = to.toLocalDate().isAfter(from.toLocalDate()) ? text(to.toLocalDate()) + " " + text(to) : text(to); //$NON-NLS-1$
		return NLS.bind(Messages.hours, text(from), end);
	}
}
