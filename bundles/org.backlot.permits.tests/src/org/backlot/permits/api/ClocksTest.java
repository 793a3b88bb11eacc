// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.Production;
import org.backlot.permits.api.WorkflowTest.Fx;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.permits.internal.workflow.Names;
import org.junit.jupiter.api.Test;

/** Service-level clocks: working days from a complete application against the authority's target. */
class ClocksTest {
	private static final LocalDate MON3 = LocalDate.of(2025, 3, 3);
	private static final LocalDate WED5 = LocalDate.of(2025, 3, 5);
	private static final LocalDate FRI7 = LocalDate.of(2025, 3, 7);
	private static final LocalDate MON10 = LocalDate.of(2025, 3, 10);
	private static final LocalDate TUE11 = LocalDate.of(2025, 3, 11);
	private static final LocalDate WED12 = LocalDate.of(2025, 3, 12);
	private static final LocalDate THU13 = LocalDate.of(2025, 3, 13);

	private PermitApplication application(LocalDate... holidays) {
		Production p = Fx.production(null, holidays);
		return Fx.application(p, Fx.authority("Traffic Police Brigade", 3), "a");
	}

	@Test
	void aDraftHasNoClock() {
		PermitApplication a = application();
		Fx.step(a, PermitStatus.DRAFT, MON3);
		Clock c = Clocks.of(a, MON10, null);
		assertEquals(Clock.State.NOT_STARTED, c.state());
		assertNull(c.started());
		assertNull(c.due());
		assertEquals(3, c.target());
	}

	@Test
	void completeOnFridayIsDueOnWednesday() {
		PermitApplication a = application();
		Fx.step(a, PermitStatus.DRAFT, MON3);
		Fx.step(a, PermitStatus.COMPLETE, FRI7);
		Fx.step(a, PermitStatus.SUBMITTED, MON10);
		assertEquals(new Clock(FRI7, null, 1, 3, WED12, null, Clock.State.ON_TIME), Clocks.of(a, MON10, null));
		assertEquals(Clock.State.ON_TIME, Clocks.of(a, FRI7.plusDays(2), null).state(), "Sunday: nothing elapsed");
		assertEquals(0, Clocks.of(a, FRI7.plusDays(2), null).elapsed());
		assertEquals(Clock.State.AT_RISK, Clocks.of(a, TUE11, null).state(), "one working day left");
		assertEquals(Clock.State.AT_RISK, Clocks.of(a, WED12, null).state(), "due today");
		Clock late = Clocks.of(a, THU13, null);
		assertEquals(Clock.State.LATE, late.state());
		assertEquals(4, late.elapsed());
	}

	@Test
	void holidaysDoNotCount() {
		PermitApplication a = application(MON10);
		Fx.step(a, PermitStatus.SUBMITTED, FRI7);
		Clock c = Clocks.of(a, TUE11, null);
		assertEquals(THU13, c.due());
		assertEquals(1, c.elapsed());
		assertEquals(Clock.State.ON_TIME, c.state());
	}

	@Test
	void aRequestForMoreInformationRestartsTheClock() {
		PermitApplication a = application();
		Fx.step(a, PermitStatus.COMPLETE, MON3);
		Fx.step(a, PermitStatus.SUBMITTED, MON3);
		Fx.step(a, PermitStatus.MORE_INFO, WED5);
		assertEquals(Clock.State.NOT_STARTED, Clocks.of(a, FRI7, null).state(), "the ball is in the production's court");
		Fx.step(a, PermitStatus.SUBMITTED, MON10);
		Clock c = Clocks.of(a, TUE11, null);
		assertEquals(MON10, c.started());
		assertEquals(1, c.elapsed());
		assertEquals(THU13, c.due());
		Fx.step(a, PermitStatus.APPROVED, THU13);
		assertEquals(new Clock(MON10, THU13, 3, 3, THU13, null, Clock.State.DECIDED_ON_TIME), Clocks.of(a, LocalDate.of(2025, 4, 1), null));
	}

	@Test
	void decisionsStopTheClock() {
		PermitApplication a = application();
		Fx.step(a, PermitStatus.SUBMITTED, FRI7);
		Fx.step(a, PermitStatus.REJECTED, THU13);
		Clock c = Clocks.of(a, LocalDate.of(2025, 3, 31), null);
		assertEquals(Clock.State.DECIDED_LATE, c.state());
		assertEquals(4, c.elapsed());
		assertEquals(THU13, c.decided());
		Fx.step(a, PermitStatus.DRAFT, THU13);
		assertEquals(Clock.State.NOT_STARTED, Clocks.of(a, THU13, null).state(), "revised: a new clock");
	}

	@Test
	void theSchedulesDeadline() {
		PermitApplication a = application();
		Fx.step(a, PermitStatus.SUBMITTED, FRI7);
		assertEquals(Clock.State.ON_TIME, Clocks.of(a, MON10, THU13).state());
		assertEquals(Clock.State.AT_RISK, Clocks.of(a, MON10, TUE11).state(), "due Wednesday, needed Tuesday");
		assertEquals(Clock.State.LATE, Clocks.of(a, WED12, TUE11).state(), "past the deadline undecided");
		assertEquals(TUE11, Clocks.of(a, MON10, TUE11).deadline());
	}

	@Test
	void aWithdrawalStopsTheClock() {
		PermitApplication a = application();
		Fx.step(a, PermitStatus.SUBMITTED, MON3);
		Fx.step(a, PermitStatus.WITHDRAWN, WED5);
		assertEquals(Clock.State.NOT_STARTED, Clocks.of(a, THU13, null).state());
	}

	@Test
	void theTargetComesFromTheStudioRecordElseTheAuthority() {
		PermitApplication a = application();
		a.getAuthority().setTargetDays(5);
		Fx.step(a, PermitStatus.SUBMITTED, FRI7);
		Clock c = Clocks.of(a, MON10, null);
		assertEquals(5, c.target());
		assertEquals(LocalDate.of(2025, 3, 14), c.due());
		AuthorityDefinition def = new AuthorityDefinition("x", "x", "X", "X", AuthorityKind.OTHER, 5, 7, AuthorityDefinition.Scope.LOCATION, "", "",
				Map.of(), null);
		assertEquals(5, Names.target(a, def));
		a.getAuthority().setTargetDays(0);
		assertEquals(7, Names.target(a, def));
		a.setAuthority(null);
		assertEquals(3, Names.target(a, null));
	}

	@Test
	void labels() {
		assertEquals(Messages.clockAtRisk, Clocks.label(Clock.State.AT_RISK));
		assertEquals(Clock.State.values().length, Arrays.stream(Clock.State.values()).map(Clocks::label).distinct().count());
	}
}
