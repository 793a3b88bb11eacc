// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.Production;
import org.backlot.permits.api.WorkflowTest.Fx;
import org.backlot.permits.internal.workflow.Messages;
import org.junit.jupiter.api.Test;

/** The studio-wide report of elapsed working days against each authority's target. */
class ClockReportTest {
	private static final LocalDate FRI7 = LocalDate.of(2025, 3, 7);
	private static final LocalDate WED12 = LocalDate.of(2025, 3, 12);
	private static final LocalDate THU13 = LocalDate.of(2025, 3, 13);
	private static final LocalDate TODAY = LocalDate.of(2025, 3, 17);

	@Test
	void perAuthorityAndInTotal() {
		Authority traffic = Fx.authority("Traffic Police Brigade", 3);
		Authority fire = Fx.authority("Fire Department", 3);
		Production one = Fx.production(null);
		Production two = Fx.production(null);

		PermitApplication onTime = Fx.application(one, traffic, "1");
		Fx.step(onTime, PermitStatus.SUBMITTED, FRI7);
		Fx.step(onTime, PermitStatus.APPROVED, WED12);
		PermitApplication late = Fx.application(one, traffic, "2");
		Fx.step(late, PermitStatus.SUBMITTED, FRI7);
		Fx.step(late, PermitStatus.REJECTED, THU13);
		PermitApplication open = Fx.application(two, traffic, "3");
		Fx.step(open, PermitStatus.COMPLETE, FRI7);
		Fx.step(open, PermitStatus.SUBMITTED, FRI7);
		PermitApplication draft = Fx.application(two, traffic, "4");
		Fx.step(draft, PermitStatus.DRAFT, FRI7);
		PermitApplication atRisk = Fx.application(two, fire, "5");
		Fx.step(atRisk, PermitStatus.SUBMITTED, THU13);

		ClockReport r = ClockReport.of(List.of(one, two), TODAY);
		assertEquals(List.of("Fire Department", "Traffic Police Brigade"), r.lines().stream().map(ClockReport.Line::authority).toList());
		// open: Fri 7 to Mon 17 is 6 working days, past the 3 promised
		assertEquals(new ClockReport.Line("Traffic Police Brigade", 3, 2, 1, (3 + 4 + 6) / 3.0, 6, 1, 0), r.lines().get(1));
		assertEquals(0.5, r.lines().get(1).onTimeShare());
		// Thu 13 to Mon 17: 2 working days of 3
		assertEquals(new ClockReport.Line("Fire Department", 1, 0, 0, 2, 2, 0, 1), r.lines().get(0));
		assertEquals(0, r.lines().get(0).onTimeShare(), "nothing decided");
		assertEquals(new ClockReport.Line(Messages.reportTotal, 4, 2, 1, (3 + 4 + 6 + 2) / 4.0, 6, 1, 1), r.total());
	}

	@Test
	void nothingToReport() {
		ClockReport r = ClockReport.of(List.of(Fx.production(null)), TODAY);
		assertEquals(List.of(), r.lines());
		assertEquals(new ClockReport.Line(Messages.reportTotal, 0, 0, 0, 0, 0, 0, 0), r.total());
	}
}
