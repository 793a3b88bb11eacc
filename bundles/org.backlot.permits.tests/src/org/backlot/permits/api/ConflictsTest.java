// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.permits.internal.rules.BuiltIn;
import org.backlot.schedule.api.ShootCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What keeps a day from its approval, in words naming the authority, the place, the day and the date. */
class ConflictsTest {
	private static Locale saved;
	private final Shoot s = new Shoot();
	private final Location square = s.location("Square", false, false);
	private final Scene one = s.scene("1", IntExt.EXT, square);
	private final Scene two = s.scene("2", IntExt.EXT, square);
	private final Authority police;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	ConflictsTest() {
		s.day(one).day(two).schedule();
		police = s.record(BuiltIn.police());
	}

	private List<Conflict> conflicts(LocalDate today) {
		return Permits.conflicts(s.p, s.board, today, List.of(BuiltIn.police()));
	}

	@Test
	void missingButInTimeIsNoConflict() {
		assertEquals(List.of(), conflicts(LocalDate.of(2027, 2, 22)), "applied today, decided by 25 Feb");
	}

	@Test
	void notAppliedWhenTheLeadTimeHasPassed() {
		List<Conflict> c = conflicts(LocalDate.of(2027, 2, 24));
		assertEquals(1, c.size(), c.toString());
		Conflict x = c.get(0);
		assertEquals(Conflict.Kind.NOT_APPLIED, x.kind());
		assertNull(x.application());
		assertEquals(1, x.dayNumber());
		assertEquals(LocalDate.of(2027, 3, 1), x.date());
		assertEquals("Public Security Bureau: no application for Square yet. Day 1 (Mar 1, 2027) needs the approval by Feb 26, 2027 "
				+ "(apply by Feb 22, 2027); an application submitted today would be decided by Mar 1, 2027.", x.message());
		assertEquals(Requirement.Coverage.MISSING, x.requirement().coverage());
	}

	@Test
	void pastDaysAreLeftOut() {
		List<Conflict> c = conflicts(LocalDate.of(2027, 3, 2));
		assertEquals(1, c.size());
		assertEquals(2, c.get(0).dayNumber(), "day 1 is shot already");
	}

	@Test
	void aDraftOrALateSubmissionIsNotApprovedInTime() {
		PermitApplication a = s.application(police, PermitStatus.DRAFT, LocalDate.of(2027, 2, 1), square);
		Conflict x = conflicts(LocalDate.of(2027, 2, 24)).get(0);
		assertEquals(Conflict.Kind.NOT_APPROVED_IN_TIME, x.kind());
		assertSame(a, x.application());
		assertTrue(x.message().startsWith("Public Security Bureau: the application for Square is not submitted yet. Day 1 (Mar 1, 2027)"), x.message());
		a.setStatus(PermitStatus.SUBMITTED);
		a.getHistory().get(0).setStatus(PermitStatus.SUBMITTED);
		a.getHistory().get(0).setAt(ShootCalendar.toDate(LocalDate.of(2027, 2, 24)));
		x = conflicts(LocalDate.of(2027, 2, 24)).get(0);
		assertEquals(Conflict.Kind.NOT_APPROVED_IN_TIME, x.kind());
		assertEquals("Public Security Bureau: the application for Square is expected to be decided by Mar 1, 2027, after day 1 (Mar 1, 2027) "
				+ "needs it (Feb 26, 2027).", x.message());
		a.getHistory().get(0).setAt(ShootCalendar.toDate(LocalDate.of(2027, 2, 19)));
		assertEquals(List.of(), conflicts(LocalDate.of(2027, 2, 19)), "decided by 24 Feb");
	}

	@Test
	void hoursAndPlacesNotCovered() {
		PermitApplication a = s.application(police, PermitStatus.APPROVED, LocalDate.of(2027, 2, 1), square);
		Shoot.period(a, PeriodKind.SHOOT, LocalDateTime.of(2027, 3, 1, 7, 0), LocalDateTime.of(2027, 3, 1, 9, 0));
		List<Conflict> c = conflicts(LocalDate.of(2027, 2, 1));
		assertEquals(2, c.size(), c.toString());
		assertEquals(Conflict.Kind.HOURS_NOT_COVERED, c.get(0).kind());
		assertEquals("Public Security Bureau: the approval for Square covers 07:00\u201309:00 on day 1 (Mar 1, 2027), but the unit works there "
				+ "06:00\u201309:00.", c.get(0).message());
		assertEquals(Conflict.Kind.HOURS_NOT_COVERED, c.get(1).kind());
		assertEquals("Public Security Bureau: the approval for Square does not cover day 2 (Mar 2, 2027), when the unit works there "
				+ "06:00\u201309:00.", c.get(1).message());
		PermitApplication moved = s.application(police, PermitStatus.APPROVED, LocalDate.of(2027, 2, 1), s.location("Old place", false, false));
		moved.getScenes().add(two);
		Shoot.days(moved, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2));
		c = conflicts(LocalDate.of(2027, 2, 1));
		assertEquals(Conflict.Kind.PLACE_NOT_COVERED, c.get(1).kind());
		assertEquals("Public Security Bureau: the approval for scenes 2 does not cover Square, where they are shot on day 2 (Mar 2, 2027).",
				c.get(1).message());
	}

	@Test
	void refused() {
		PermitApplication a = s.application(police, PermitStatus.WITHDRAWN, LocalDate.of(2027, 2, 1), square);
		List<Conflict> c = conflicts(LocalDate.of(2027, 2, 1));
		assertEquals(1, c.size());
		assertEquals(Conflict.Kind.REFUSED, c.get(0).kind());
		assertSame(a, c.get(0).application());
		assertEquals("Public Security Bureau: the application for Square was withdrawn; day 1 (Mar 1, 2027) has no approval.", c.get(0).message());
	}

	@Test
	void insuranceExpiringBeforeTheLastDay() {
		PermitApplication a = s.application(police, PermitStatus.APPROVED, LocalDate.of(2027, 2, 1), square);
		Shoot.days(a, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
		PermitDocument insurance = PermitsFactory.eINSTANCE.createPermitDocument();
		insurance.setKind(DocumentKind.INSURANCE);
		insurance.setExpires(ShootCalendar.toDate(LocalDate.of(2027, 3, 2)));
		a.getDocuments().add(insurance);
		assertEquals(List.of(), conflicts(LocalDate.of(2027, 2, 1)), "valid through its last day");
		insurance.setExpires(ShootCalendar.toDate(LocalDate.of(2027, 3, 1)));
		List<Conflict> c = conflicts(LocalDate.of(2027, 2, 1));
		assertEquals(1, c.size());
		assertEquals(Conflict.Kind.DOCUMENT_EXPIRED, c.get(0).kind());
		assertEquals(2, c.get(0).dayNumber());
		assertEquals("Public Security Bureau: the Insurance certificate naming Public Security Bureau of the application for Square expires on "
				+ "Mar 1, 2027, before its last day (Mar 2, 2027).", c.get(0).message());
	}
}
