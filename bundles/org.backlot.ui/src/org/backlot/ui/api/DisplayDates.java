// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.backlot.ui.internal.Messages;

/** Dates as the views show them in the user's language: "Mar 3, 2027" / "2027年3月3日", short, with the weekday, with the time. */
public final class DisplayDates {
	private DisplayDates() {
	}

	/** "Mar 3, 2027" / "2027年3月3日"; empty for null. */
	public static String date(LocalDate d) {
		return format(d, Messages.dateLong);
	}

	/** "Mar 3" / "3月3日"; empty for null. */
	public static String shortDate(LocalDate d) {
		return format(d, Messages.dateShort);
	}

	/** "Wed Mar 3" / "3月3日 周三"; empty for null. */
	public static String weekdayDate(LocalDate d) {
		return format(d, Messages.dateWeekday);
	}

	/** "Mar 3, 2027 07:00" of a model date and time; empty for null. */
	public static String dateTime(Date d) {
		return d == null ? "" : DateTimeFormatter.ofPattern(Messages.dateTime, Locale.getDefault()) //$NON-NLS-1$
				.format(LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault()));
	}

	private static String format(LocalDate d, String pattern) {
		return d == null ? "" : DateTimeFormatter.ofPattern(pattern, Locale.getDefault()).format(d); //$NON-NLS-1$
	}
}
