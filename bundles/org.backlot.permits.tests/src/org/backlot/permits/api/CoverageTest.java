// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.internal.rules.BuiltIn;
import org.backlot.schedule.api.ShootCalendar;
import org.junit.jupiter.api.Test;

/**
 * How the production's applications cover a requirement: the police at a public square on Monday 1 March 2027
 * (06:00-09:00) and Tuesday 2 March; the decision is needed by Friday 26 February, the application by 22 February.
 */
class CoverageTest {
	private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
	private final Shoot s = new Shoot();
	private final Location square = s.location("Square", false, false);
	private final Scene one = s.scene("1", IntExt.EXT, square);
	private final Scene two = s.scene("2", IntExt.EXT, square);
	private final Authority police;

	CoverageTest() {
		s.day(one).day(two).schedule();
		police = s.record(BuiltIn.police());
	}

	private Requirement requirement() {
		List<Requirement> all = Permits.derive(s.p, s.board, TODAY, List.of(BuiltIn.police()));
		assertEquals(1, all.size());
		return all.get(0);
	}

	private PermitApplication app(PermitStatus status, LocalDate at) {
		return s.application(police, status, at, square);
	}

	@Test
	void missingWithItsDeadlines() {
		Requirement r = requirement();
		assertEquals(Coverage.MISSING, r.coverage());
		assertNull(r.application());
		assertSame(police, r.studioRecord(), "the studio's record of its kind, without a rule id");
		assertEquals(square, r.location());
		assertEquals(LocalDate.of(2027, 2, 22), r.submitBy());
		assertEquals(LocalDate.of(2027, 2, 26), r.decideBy());
		assertEquals(2, r.days().size());
	}

	@Test
	void aHolidayMovesTheDeadlines() {
		Holiday h = ScheduleFactory.eINSTANCE.createHoliday();
		h.setDate(ShootCalendar.toDate(LocalDate.of(2027, 2, 26)));
		s.p.getHolidays().add(h);
		s.schedule();
		assertEquals(LocalDate.of(2027, 2, 25), requirement().decideBy());
		assertEquals(LocalDate.of(2027, 2, 19), requirement().submitBy());
	}

	@Test
	void notSubmittedPendingAndAtRisk() {
		PermitApplication a = app(PermitStatus.DRAFT, TODAY);
		assertEquals(Coverage.NOT_SUBMITTED, requirement().coverage());
		assertSame(a, requirement().application());
		a.setStatus(PermitStatus.COMPLETE);
		assertEquals(Coverage.NOT_SUBMITTED, requirement().coverage());
		a.setStatus(PermitStatus.SUBMITTED);
		a.getHistory().get(0).setStatus(PermitStatus.SUBMITTED);
		assertEquals(Coverage.PENDING, requirement().coverage(), "submitted 4 Jan, decided by 7 Jan");
		a.getHistory().get(0).setAt(ShootCalendar.toDate(LocalDate.of(2027, 2, 24)));
		assertEquals(Coverage.AT_RISK, requirement().coverage(), "submitted 24 Feb, decided by 1 March");
	}

	@Test
	void approvedForEveryDayAndHour() {
		PermitApplication a = app(PermitStatus.APPROVED, TODAY);
		Shoot.days(a, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
		assertEquals(Coverage.APPROVED, requirement().coverage());
		assertSame(a, requirement().application());
	}

	@Test
	void approvedWithoutPeriodsCoversAll() {
		app(PermitStatus.APPROVED, TODAY);
		assertEquals(Coverage.APPROVED, requirement().coverage());
	}

	@Test
	void approvedForTooFewHoursOrDays() {
		PermitApplication a = app(PermitStatus.APPROVED, TODAY);
		Shoot.period(a, PeriodKind.SHOOT, LocalDateTime.of(2027, 3, 1, 7, 0), LocalDateTime.of(2027, 3, 1, 9, 0));
		Shoot.days(a, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2));
		assertEquals(Coverage.PARTLY_APPROVED, requirement().coverage(), "the unit is there from 06:00");
		Shoot.period(a, PeriodKind.PREP, LocalDateTime.of(2027, 3, 1, 5, 0), LocalDateTime.of(2027, 3, 1, 7, 0));
		assertEquals(Coverage.APPROVED, requirement().coverage(), "prep and shoot periods join");
		a.getPeriods().remove(1);
		assertEquals(Coverage.PARTLY_APPROVED, requirement().coverage(), "day 2 not approved");
	}

	@Test
	void refusedUnlessANewApplicationIsUnderWay() {
		app(PermitStatus.REJECTED, TODAY);
		assertEquals(Coverage.REFUSED, requirement().coverage());
		PermitApplication again = app(PermitStatus.DRAFT, TODAY);
		assertEquals(Coverage.NOT_SUBMITTED, requirement().coverage());
		assertSame(again, requirement().application());
	}

	@Test
	void otherAuthoritiesAndPlacesDoNotCover() {
		Authority fire = s.record(BuiltIn.fire());
		s.application(fire, PermitStatus.APPROVED, TODAY, square);
		s.application(police, PermitStatus.APPROVED, TODAY, s.location("Elsewhere", false, false));
		assertEquals(Coverage.MISSING, requirement().coverage());
	}

	@Test
	void anApprovalForTheScenesAtAnotherPlaceIsOnlyPartly() {
		PermitApplication a = s.application(police, PermitStatus.APPROVED, TODAY, s.location("Old place", false, false));
		a.getScenes().add(one);
		assertEquals(Coverage.PARTLY_APPROVED, requirement().coverage());
		assertSame(a, requirement().application());
	}

	@Test
	void aRuleIdPicksTheRecord() {
		Authority other = s.record(BuiltIn.police());
		other.setId("other");
		other.setRuleId(BuiltIn.police().id());
		assertSame(other, requirement().studioRecord());
		other.setRuleId("com.example.unknown");
		PermitApplication a = s.application(other, PermitStatus.APPROVED, TODAY, square);
		assertEquals(Coverage.MISSING, requirement().coverage(), "a record following an authority not installed covers nothing");
		a.setAuthority(police);
		assertEquals(Coverage.APPROVED, requirement().coverage());
	}

	@Test
	void theStudiosLeadTimeWins() {
		police.setLeadTimeDays(10);
		assertEquals(LocalDate.of(2027, 2, 15), requirement().submitBy());
		assertEquals(AuthorityKind.POLICE, requirement().authority().kind());
	}
}
