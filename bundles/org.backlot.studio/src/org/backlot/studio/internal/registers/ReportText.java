// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

import org.backlot.model.studio.BookingPurpose;
import org.backlot.studio.internal.registers.Reports.ConflictRow;
import org.backlot.studio.internal.registers.Reports.ExtrasDay;
import org.backlot.studio.internal.registers.Reports.ExtrasReport;
import org.backlot.studio.internal.registers.Reports.HousingDay;
import org.backlot.studio.internal.registers.Reports.HousingReport;
import org.backlot.studio.internal.registers.Reports.InventoryReport;
import org.backlot.studio.internal.registers.Reports.Reservation;
import org.backlot.studio.internal.registers.Reports.StageRow;
import org.backlot.studio.internal.registers.Reports.StagesReport;
import org.eclipse.osgi.util.NLS;

/** Prints a studio report as text for the terminal. */
final class ReportText {
	private static final String ROW = "  "; //$NON-NLS-1$

	private ReportText() {
	}

	static void print(PrintStream out, Object report) {
		if (report instanceof StagesReport r) {
			stages(out, r);
		} else if (report instanceof InventoryReport r) {
			inventory(out, r);
		} else if (report instanceof ExtrasReport r) {
			extras(out, r);
		} else if (report instanceof HousingReport r) {
			housing(out, r);
		}
	}

	private static void stages(PrintStream out, StagesReport r) {
		out.println(NLS.bind(Messages.stagesTitle, r.from(), r.to()));
		StringBuilder head = new StringBuilder(String.format("%s%-4s %-26s %6s %6s", ROW, "#", Messages.colStage, Messages.colUsed, Messages.colShare)); //$NON-NLS-1$ //$NON-NLS-2$
		for (BookingPurpose p : BookingPurpose.VALUES) {
			head.append(String.format(" %6s", p.getLiteral())); //$NON-NLS-1$
		}
		out.println(head);
		for (StageRow s : r.stages()) {
			StringBuilder line = new StringBuilder(String.format("%s%-4d %-26s %3d/%-3d %5.1f%%", ROW, s.number(), s.name(), s.daysUsed(), s.days(), //$NON-NLS-1$
					100 * s.share()));
			for (BookingPurpose p : BookingPurpose.VALUES) {
				Integer n = s.byPurpose().get(p.getLiteral());
				line.append(String.format(" %6s", n == null ? "-" : n.toString())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.println(line);
		}
		out.println(r.conflicts().isEmpty() ? Messages.noConflicts : NLS.bind(Messages.conflicts, r.conflicts().size()));
		for (ConflictRow c : r.conflicts()) {
			out.println(ROW + c.message());
		}
	}

	private static void inventory(PrintStream out, InventoryReport r) {
		out.println(NLS.bind(Messages.inventoryTitle, r.items(), r.pieces()));
		out.println(ROW + NLS.bind(Messages.byKind, counts(r.byKind())));
		out.println(ROW + NLS.bind(Messages.byCondition, counts(r.byCondition())));
		out.println(NLS.bind(Messages.reserved, new Object[] { r.from(), r.to(), r.reservedItems(), r.reservations().size() }));
		for (Reservation x : r.reservations()) {
			out.println(String.format("%s%-10s %-20s %-28s %s..%s x%d %s", ROW, x.code(), x.name(), x.production(), x.from(), x.to(), x.quantity(), //$NON-NLS-1$
					x.purpose()));
		}
	}

	private static void extras(PrintStream out, ExtrasReport r) {
		out.println(NLS.bind(Messages.extrasTitle, r.extras()));
		out.println(ROW + NLS.bind(Messages.byGender, counts(r.byGender())));
		out.println(ROW + NLS.bind(Messages.byAge, r.from().substring(0, 4), counts(r.byAgeBand())));
		out.println(NLS.bind(Messages.extrasBookings, new Object[] { r.from(), r.to(), r.bookings() }));
		for (ExtrasDay d : r.days()) {
			out.println(String.format("%s%s %5d  %s", ROW, d.date(), d.booked(), counts(d.byProduction()))); //$NON-NLS-1$
		}
	}

	private static void housing(PrintStream out, HousingReport r) {
		out.println(NLS.bind(Messages.housingTitle, new Object[] { r.apartments(), r.beds(), r.from(), r.to() }));
		out.println(ROW + NLS.bind(Messages.housingSummary, r.peak(), String.format("%.1f", 100 * r.occupancy()))); //$NON-NLS-1$
		for (HousingDay d : r.days()) {
			out.println(String.format("%s%s %4d/%-4d %5.1f%%  %s", ROW, d.date(), d.occupied(), d.total(), 100 * d.rate(), counts(d.byProduction()))); //$NON-NLS-1$
		}
	}

	private static String counts(Map<String, Integer> m) {
		return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
