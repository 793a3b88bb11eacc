// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.backlot.core.api.Eighths;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.osgi.util.NLS;

/** How the board's things read: dates per locale, durations, I/E and D/N marks, banners, labels of edits. */
final class Texts {
	private Texts() {
	}

	/** "Wed Mar 3, 2027" / "2027年3月3日 周三". */
	static String longDate(LocalDate d) {
		return d == null ? "" : DateTimeFormatter.ofPattern(Messages.dateLong, Locale.getDefault()).format(d); //$NON-NLS-1$
	}

	/** "Wed Mar 3, 2027" of a model date. */
	static String longDate(Date d) {
		return d == null ? "" : longDate(ShootCalendar.toLocal(d)); //$NON-NLS-1$
	}

	/** "Mar 3" / "3月3日". */
	static String shortDate(LocalDate d) {
		return d == null ? "" : DateTimeFormatter.ofPattern(Messages.dateShort, Locale.getDefault()).format(d); //$NON-NLS-1$
	}

	/** "7 h 20 min". */
	static String duration(int minutes) {
		return NLS.bind(Messages.duration, minutes / 60, String.format("%02d", minutes % 60)); //$NON-NLS-1$
	}

	/** "5 3/8". */
	static String pages(int eighths) {
		return Eighths.format(eighths);
	}

	/** "INT", "EXT" or "I/E". */
	static String intExt(Scene s) {
		IntExt ie = s.getIntExt();
		return ie == null ? "" : switch (ie) { //$NON-NLS-1$
		case INT -> Messages.markInt;
		case EXT -> Messages.markExt;
		case INT_EXT -> Messages.markIntExt;
		};
	}

	/** "D" or "N" (with the script's own word when it is neither day nor night). */
	static String dayNight(Scene s) {
		TimeOfDay t = s.getTimeOfDay();
		String mark = DayKind.isNight(s) ? Messages.markNight : Messages.markDay;
		if (t == null || t == TimeOfDay.DAY || t == TimeOfDay.NIGHT || t == TimeOfDay.UNSPECIFIED) {
			return mark;
		}
		String word = org.backlot.model.edit.internal.BacklotEditPlugin.INSTANCE.getString("_UI_TimeOfDay_" + t.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		return mark + " (" + word.toLowerCase(Locale.getDefault()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "Day 3 - Wed Mar 3, 2027 - 5 3/8 pages - 7 h 20 min". */
	static String banner(ShootDay day, int number, int eighths, int minutes) {
		String date = day == null ? "" : longDate(day.getDate()); //$NON-NLS-1$
		return NLS.bind(Messages.dayBanner, new Object[] { number, date, pages(eighths), duration(minutes) });
	}

	/** "scene 12" or "scenes 12, 14, 15". */
	static String scenes(java.util.List<Scene> scenes) {
		if (scenes.size() == 1) {
			return NLS.bind(Messages.sceneOne, scenes.get(0).getNumber());
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < scenes.size() && i < 6; i++) {
			b.append(i == 0 ? "" : ", ").append(scenes.get(i).getNumber()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (scenes.size() > 6) {
			b.append(", ..."); //$NON-NLS-1$
		}
		return NLS.bind(Messages.sceneMany, b);
	}

	/** A number as the cost tables show it: "12,345". */
	static String money(double v) {
		return String.format(Locale.getDefault(), "%,.0f", v); //$NON-NLS-1$
	}

	/** A count: whole when whole, else one decimal. */
	static String count(double v) {
		return v == Math.rint(v) ? String.format(Locale.getDefault(), "%,d", (long) v) //$NON-NLS-1$
				: String.format(Locale.getDefault(), "%,.1f", v); //$NON-NLS-1$
	}

	/** "+12.5 %" of the change from a to b ("" when a is 0). */
	static String change(double a, double b) {
		if (a == 0) {
			return b == 0 ? "0 %" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.format(Locale.getDefault(), "%+.1f %%", (b - a) * 100 / a); //$NON-NLS-1$
	}
}
