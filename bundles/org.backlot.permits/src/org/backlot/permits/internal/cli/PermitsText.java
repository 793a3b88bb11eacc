// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.ClockReport;
import org.backlot.permits.api.Clocks;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.Workflow;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.osgi.util.NLS;

/** The permits report as text: per shoot day and place the approvals it needs, then the applications and the conflicts. */
final class PermitsText {
	private PermitsText() {
	}

	static void print(PrintStream out, Production p, Schedule board, LocalDate today, List<Requirement> requirements, List<Conflict> conflicts) {
		out.println(NLS.bind(Messages.header, new Object[] { p.getTitle(), board.getName(), ShootCalendar.label(today) }));
		for (DayRows.Row row : DayRows.of(Permits.days(p, board), requirements)) {
			out.println(NLS.bind(Messages.dayLine, new Object[] { row.day().dayNumber(), ShootCalendar.label(row.day().date()), row.day().placeName() }));
			if (row.needs().isEmpty()) {
				out.println("    " + Messages.noneNeeded); //$NON-NLS-1$
			}
			for (Requirement r : row.needs()) {
				out.println(String.format(Locale.ROOT, "    %-34s %-18s %s", r.authority().label(), Labels.coverage(r.coverage()), status(r, today))); //$NON-NLS-1$
				for (String reason : r.reasons()) {
					if (r.location() != null || reason.contains(row.day().placeName())) {
						out.println("        " + reason); //$NON-NLS-1$
					}
				}
			}
		}
		out.println();
		out.println(Messages.applicationsHeader);
		if (p.getPermitApplications().isEmpty()) {
			out.println("    " + Messages.noApplications); //$NON-NLS-1$
		}
		for (PermitApplication a : p.getPermitApplications()) {
			Clock c = Clocks.of(a, today, deadline(a, requirements));
			out.println(String.format(Locale.ROOT, "    %-8s  %-34s %-14s %-14s %s", shortId(a), Labels.authority(a), Workflow.label(a.getStatus()), //$NON-NLS-1$
					a.getPermitNumber() == null ? "" : a.getPermitNumber(), Labels.clock(c))); //$NON-NLS-1$
		}
		out.println();
		out.println(NLS.bind(Messages.conflictsHeader, conflicts.size()));
		for (Conflict c : conflicts) {
			out.println("    " + c.message()); //$NON-NLS-1$
		}
	}

	static void report(PrintStream out, ClockReport report, int productions, LocalDate today) {
		out.println(NLS.bind(Messages.reportHeader, productions, ShootCalendar.label(today)));
		out.println(String.format(Locale.ROOT, "    %-34s %5s %7s %8s %7s %5s %6s %7s", Messages.colAuthority, Messages.colApplications, //$NON-NLS-1$
				Messages.colDecided, Messages.colOnTime, Messages.colMean, Messages.colMax, Messages.colLate, Messages.colAtRisk));
		for (ClockReport.Line l : report.lines()) {
			line(out, l);
		}
		line(out, report.total());
	}

	private static void line(PrintStream out, ClockReport.Line l) {
		out.println(String.format(Locale.ROOT, "    %-34s %5d %7d %7.0f%% %7.1f %5d %6d %7d", l.authority(), l.applications(), l.decided(), //$NON-NLS-1$
				100 * l.onTimeShare(), l.meanElapsed(), l.maxElapsed(), l.openLate(), l.openAtRisk()));
	}

	private static String status(Requirement r, LocalDate today) {
		if (r.application() == null) {
			return NLS.bind(Messages.submitBy, ShootCalendar.label(r.submitBy()));
		}
		Clock c = Clocks.of(r.application(), today, r.decideBy());
		return shortId(r.application()) + "  " + Labels.clock(c); //$NON-NLS-1$
	}

	/** The decision date the first requirement an application covers needs, or null. */
	static LocalDate deadline(PermitApplication a, List<Requirement> requirements) {
		return requirements.stream().filter(r -> r.application() == a).map(Requirement::decideBy).min(LocalDate::compareTo).orElse(null);
	}

	static String shortId(PermitApplication a) {
		String id = a.getId() == null ? "" : a.getId(); //$NON-NLS-1$
		return id.length() > 8 ? id.substring(0, 8) : id;
	}
}
