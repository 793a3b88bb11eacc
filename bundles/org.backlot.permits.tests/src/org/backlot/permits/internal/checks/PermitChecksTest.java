// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Shoot;
import org.backlot.permits.internal.rules.BuiltIn;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ConstraintKind;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.DayCheck;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.Violation;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scheduler's permit warnings on shoot days, and the permit problems of the Problems view. */
class PermitChecksTest {
	private static final LocalDate LATE = LocalDate.of(2027, 2, 25);
	private static Locale saved;
	private final Shoot s = new Shoot();
	private final Location square = s.location("Square", false, false);
	private final Location villa = s.location("Villa", false, false, org.backlot.model.studio.LocationType.PRIVATE);
	private final Scene one = s.scene("1", IntExt.EXT, square);
	private final Scene two = s.scene("2", IntExt.INT, villa);
	private final Scene three = s.scene("3", IntExt.EXT, square);

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	PermitChecksTest() {
		s.day(one).day(two).day(three).schedule();
	}

	private static ConstraintStatus permits(List<ConstraintStatus> all) {
		return all.stream().filter(x -> x.kind() == ConstraintKind.PERMITS).findFirst().orElseThrow();
	}

	private List<ConstraintStatus> check(Plan plan, LocalDate today) {
		DayCheck c = new PermitDayCheck(() -> List.of(BuiltIn.police()), () -> today);
		return Constraints.check(s.p, s.board, plan, Map.of(), List.of(c));
	}

	@Test
	void aDayThatCannotBeApprovedInTimeIsAPermitsViolation() {
		Plan plan = Boards.read(s.board);
		List<Violation> v = permits(check(plan, LATE)).violations();
		assertEquals(2, v.size(), v.stream().map(x -> x.day() + " " + x.message()).toList().toString());
		assertEquals(0, v.get(0).day());
		assertEquals(List.of(one), v.get(0).scenes());
		assertTrue(v.get(0).message().startsWith("Public Security Bureau: no application for Square yet. Day 1 (Mar 1, 2027)"), v.get(0).message());
		assertEquals(2, v.get(1).day(), "day 3, Wednesday 3 March: to be applied for by 24 Feb");
		assertTrue(v.get(1).message().contains("Day 3 (Mar 3, 2027)"), v.get(1).message());
		assertEquals(1, permits(check(plan, LocalDate.of(2027, 2, 24))).violations().size(), "on 24 Feb there is time for day 3");
		assertTrue(permits(check(plan, LocalDate.of(2027, 1, 4))).holds(), "in time");
		assertTrue(permits(Constraints.check(s.p, s.board, plan, Map.of())).holds(), "the optimiser's hard check asks no day check");
	}

	@Test
	void theCheckReadsThePlanNotTheBoard() {
		Plan moved = new Plan(List.of(List.of(two), List.of(one), List.of(three)), List.of());
		List<Violation> v = permits(check(moved, LATE)).violations();
		assertEquals(1, v.get(0).day(), "the square is now day 2");
		assertTrue(v.get(0).message().contains("Day 2 (Mar 2, 2027)"), v.get(0).message());
	}

	@Test
	void approvedDaysAreFineAndRefusedOnesAreNot() {
		Authority police = s.record(BuiltIn.police());
		PermitApplication a = s.application(police, PermitStatus.APPROVED, LocalDate.of(2027, 1, 4), square);
		Plan plan = Boards.read(s.board);
		assertTrue(permits(check(plan, LATE)).holds());
		a.setStatus(PermitStatus.REJECTED);
		List<Violation> v = permits(check(plan, LATE)).violations();
		assertEquals(List.of(0, 2), v.stream().map(Violation::day).toList(), "the board's own permit rule names the refusal once: " + v);
		a.setStatus(PermitStatus.APPROVED);
		a.getLocations().clear();
		a.getLocations().add(villa);
		a.getScenes().add(one);
		v = permits(check(plan, LATE)).violations();
		assertEquals(List.of(0, 2), v.stream().map(Violation::day).toList(), "approved for scene 1 at the villa; nothing for day 3: " + v);
		assertEquals("Public Security Bureau: the approval for scenes 1 does not cover Square, where they are shot on day 1 (Mar 1, 2027).",
				v.get(0).message());
		assertTrue(v.get(1).message().contains("does not cover day 3"), v.get(1).message());
	}

	@Test
	void aBrokenDayCheckIsSkipped() {
		DayCheck broken = (p, board, plan, dates) -> {
			throw new IllegalStateException("broken");
		};
		DayCheck good = new PermitDayCheck(() -> List.of(BuiltIn.police()), () -> LATE);
		List<ConstraintStatus> all = Constraints.check(s.p, s.board, Boards.read(s.board), Map.of(), List.of(broken, good));
		assertEquals(2, permits(all).violations().size(), permits(all).violations().toString());
	}

	@Test
	void problemsNameTheApplicationOrTheScene() {
		BasicDiagnostic chain = new BasicDiagnostic();
		new PermitProblems(() -> List.of(BuiltIn.police()), () -> LATE).check(s.p, chain);
		assertEquals(1, chain.getChildren().size(), "one conflict per requirement");
		Diagnostic d = chain.getChildren().get(0);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertSame(one, d.getData().get(0));
		assertTrue(d.getMessage().startsWith("Permits: Public Security Bureau: no application for Square yet."), d.getMessage());

		Authority police = s.record(BuiltIn.police());
		PermitApplication a = s.application(police, PermitStatus.REJECTED, LocalDate.of(2027, 2, 1), square);
		chain = new BasicDiagnostic();
		new PermitProblems(() -> List.of(BuiltIn.police()), () -> LocalDate.of(2027, 2, 26)).check(s.p, chain);
		d = chain.getChildren().get(0);
		assertSame(a, d.getData().get(0));
		assertEquals(Diagnostic.ERROR, d.getSeverity(), "refused three days before the shoot");
		chain = new BasicDiagnostic();
		new PermitProblems(() -> List.of(BuiltIn.police()), () -> LocalDate.of(2027, 2, 1)).check(s.p, chain);
		assertEquals(Diagnostic.WARNING, chain.getChildren().get(0).getSeverity(), "a month ahead");
		chain = new BasicDiagnostic();
		new PermitProblems(() -> List.of(BuiltIn.police()), () -> LATE).check(s.studio, chain);
		assertEquals(0, chain.getChildren().size(), "a studio has no permits");
	}
}
