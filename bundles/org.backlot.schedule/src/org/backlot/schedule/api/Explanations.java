// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import org.backlot.core.api.Eighths;
import org.backlot.schedule.internal.solver.Messages;
import org.backlot.schedule.internal.solver.Restrictions;
import org.backlot.schedule.internal.solver.Texts;
import org.eclipse.osgi.util.NLS;

/** The words that explain each constraint's status on a board. */
final class Explanations {
	/** What the explanations draw on. */
	record Facts(int maxEighths, int maxMinutes, Restrictions restrictions, int restrictedScenes, int noHoldActors, int pinned, int covers,
			ShootCalendar.Dated dated, ShootCalendar calendar, int holidays, int daysPerWeek) {
	}

	private Explanations() {
	}

	/** The constraint's name in the user's language. */
	static String label(ConstraintKind k) {
		return switch (k) {
		case PAGES_PER_DAY -> Messages.cPages;
		case MINUTES_PER_DAY -> Messages.cMinutes;
		case CAST_AVAILABILITY -> Messages.cCast;
		case HOLD_DROP -> Messages.cHold;
		case STAGE_BOOKING -> Messages.cStage;
		case LOCATION_AVAILABILITY -> Messages.cLocation;
		case PERMITS -> Messages.cPermits;
		case TURNAROUND -> Messages.cTurnaround;
		case PINNED -> Messages.cPinned;
		case WEATHER_COVER -> Messages.cWeather;
		case HOLIDAYS -> Messages.cHolidays;
		};
	}

	/** Why the constraint holds, or how much breaks it. */
	static String explain(ConstraintKind k, int broken, Facts f) {
		if (broken > 0 && k != ConstraintKind.TURNAROUND && k != ConstraintKind.HOLIDAYS) {
			return NLS.bind(Messages.xBroken, broken);
		}
		return switch (k) {
		case PAGES_PER_DAY -> NLS.bind(Messages.xPages, Eighths.format(f.maxEighths()));
		case MINUTES_PER_DAY -> NLS.bind(Messages.xMinutes, f.maxMinutes());
		case CAST_AVAILABILITY -> NLS.bind(Messages.xCast, f.restrictions().count(ConstraintKind.CAST_AVAILABILITY));
		case HOLD_DROP -> NLS.bind(Messages.xHold, f.noHoldActors());
		case STAGE_BOOKING -> NLS.bind(Messages.xStage, f.restrictions().count(ConstraintKind.STAGE_BOOKING));
		case LOCATION_AVAILABILITY -> NLS.bind(Messages.xLocation, f.restrictions().count(ConstraintKind.LOCATION_AVAILABILITY));
		case PERMITS -> NLS.bind(Messages.xPermits, f.restrictions().count(ConstraintKind.PERMITS));
		case TURNAROUND -> turnaround(f);
		case PINNED -> NLS.bind(Messages.xPinned, f.pinned());
		case WEATHER_COVER -> NLS.bind(Messages.xWeather, f.covers());
		case HOLIDAYS -> NLS.bind(Messages.xHolidays, f.daysPerWeek() > 0 ? f.daysPerWeek() : 6, f.holidays());
		};
	}

	private static String turnaround(Facts f) {
		long hours = f.calendar().turnaround().toHours();
		StringBuilder where = new StringBuilder();
		for (int d = 0; d < f.dated().restDays().size(); d++) {
			int r = f.dated().restDays().get(d);
			if (r > 0) {
				where.append(where.length() > 0 ? ", " : "").append(NLS.bind(Messages.dayAndDate, d + 1, Texts.date(f.dated().dates().get(d)))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		int total = f.dated().totalRestDays();
		return total == 0 ? NLS.bind(Messages.xTurnaroundNone, hours) : NLS.bind(Messages.xTurnaround, new Object[] { hours, total, where });
	}
}
