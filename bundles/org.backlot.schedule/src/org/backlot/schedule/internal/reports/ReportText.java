// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.backlot.schedule.api.Dood;

/** Dates, times and day reasons as the user reads them, in English or Chinese by the default locale. */
public final class ReportText {
	private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH); //$NON-NLS-1$
	private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy\u5e74M\u6708d\u65e5"); //$NON-NLS-1$
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private ReportText() {
	}

	/** Whether the user reads Chinese. */
	public static boolean chinese() {
		return "zh".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}

	/** "Mar 1, 2027" or "2027年3月1日"; empty for null. */
	public static String date(LocalDate d) {
		return d == null ? "" : (chinese() ? ZH : EN).format(d); //$NON-NLS-1$
	}

	/** "07:30"; empty for null. */
	public static String time(LocalTime t) {
		return t == null ? "" : HH_MM.format(t); //$NON-NLS-1$
	}

	/** A column's reason for not shooting, translated when it is one of the calendar's own. */
	public static String off(String reason) {
		if (reason == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (reason) {
		case Dood.REST -> Messages.offRest;
		case Dood.DAY_OFF -> Messages.offDayOff;
		case Dood.COMPANY_MOVE -> Messages.offCompanyMove;
		default -> reason;
		};
	}

	/** Text or the empty string. */
	public static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
