// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.internal.solver.Crafted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each hard constraint is detected on a crafted production, with words naming what breaks it. */
class ConstraintsTest {
	private static Locale saved;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	private static ConstraintStatus status(List<ConstraintStatus> all, ConstraintKind k) {
		return all.stream().filter(s -> s.kind() == k).findFirst().orElseThrow();
	}

	@Test
	void aFeasiblePlanHoldsEveryConstraintWithAnExplanation() {
		Crafted c = new Crafted(true);
		Scene a = c.scene("1", 8, c.stage(1));
		List<ConstraintStatus> all = Constraints.check(c.p, c.board, Crafted.plan(List.of(a)));
		assertEquals(ConstraintKind.values().length, all.size());
		for (ConstraintStatus s : all) {
			assertTrue(s.holds(), s.kind().toString());
			assertFalse(s.explanation().isBlank());
			assertFalse(s.label().isBlank());
		}
	}

	@Test
	void pagesAndMinutes() {
		Crafted c = new Crafted(false);
		c.board.setMaxMinutesPerDay(300);
		Scene a = c.scene("12", 30, "SET");
		Scene b = c.scene("13", 30, "SET");
		List<ConstraintStatus> all = Constraints.check(c.p, c.board, Crafted.plan(List.of(a, b)));
		Violation v = status(all, ConstraintKind.PAGES_PER_DAY).violations().get(0);
		assertTrue(v.message().contains("7 4/8"), v.message());
		assertTrue(v.message().contains("Mar 1, 2027"), v.message());
		assertEquals(0, v.day());
		assertFalse(status(all, ConstraintKind.MINUTES_PER_DAY).holds());
	}

	@Test
	void castAvailabilityAndHoldDrop() {
		Crafted c = new Crafted(false);
		Scene a = c.scene("1", 8, "SET");
		Scene b = c.scene("2", 8, "SET");
		Scene d = c.scene("3", 8, "SET");
		CastMember lin = c.cast(1, "Lin Xiao", 0, a, d);
		lin.getUnavailable().add(Crafted.range(Crafted.START, Crafted.START));
		Crafted.noHold(lin, 10);
		List<ConstraintStatus> all = Constraints.check(c.p, c.board, Crafted.plan(List.of(a), List.of(b), List.of(d)));
		Violation v = status(all, ConstraintKind.CAST_AVAILABILITY).violations().get(0);
		assertTrue(v.message().contains("Lin Xiao") && v.message().contains("scene 1") && v.message().contains("Mar 1, 2027"), v.message());
		Violation h = status(all, ConstraintKind.HOLD_DROP).violations().get(0);
		assertTrue(h.message().contains("Lin Xiao"), h.message());
		assertEquals(2, h.day());
		// worked on consecutive days: no hold
		assertTrue(status(Constraints.check(c.p, c.board, Crafted.plan(List.of(b), List.of(a), List.of(d))), ConstraintKind.HOLD_DROP).holds());
	}

	@Test
	void stageBookingsOfOtherProductionsOnly() {
		Crafted c = new Crafted(true);
		Stage one = c.stage(1);
		Scene a = c.scene("1", 8, one);
		Booking mine = booking(one, c.p.getId(), BookingStatus.CONFIRMED);
		c.studio.getBookings().add(mine);
		Booking cancelled = booking(one, "other", BookingStatus.CANCELLED);
		c.studio.getBookings().add(cancelled);
		assertTrue(status(Constraints.check(c.p, c.board, Crafted.plan(List.of(a))), ConstraintKind.STAGE_BOOKING).holds());
		c.studio.getBookings().add(booking(one, "other", BookingStatus.TENTATIVE));
		Violation v = status(Constraints.check(c.p, c.board, Crafted.plan(List.of(a))), ConstraintKind.STAGE_BOOKING).violations().get(0);
		assertTrue(v.message().contains("Stage 1") && v.message().contains("Night Ferry"), v.message());
	}

	private static Booking booking(Stage s, String production, BookingStatus status) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setResource(s);
		b.setProductionId(production);
		b.setProductionTitle("Night Ferry");
		b.setFrom(ShootCalendar.toDate(Crafted.START));
		b.setTo(ShootCalendar.toDate(Crafted.START.plusDays(1)));
		b.setStatus(status);
		return b;
	}

	@Test
	void locationUnavailable() {
		Crafted c = new Crafted(true);
		Location l = c.location("Old Pier");
		l.getUnavailable().add(Crafted.range(Crafted.START.plusDays(1), Crafted.START.plusDays(1)));
		Scene a = c.scene("1", 8, l);
		Scene b = c.scene("2", 8, l);
		List<Violation> v = status(Constraints.check(c.p, c.board, Crafted.plan(List.of(a), List.of(b))), ConstraintKind.LOCATION_AVAILABILITY)
				.violations();
		assertEquals(1, v.size());
		assertEquals(1, v.get(0).day());
		assertTrue(v.get(0).message().contains("Old Pier"), v.get(0).message());
	}

	@Test
	void permits() {
		Crafted c = new Crafted(true);
		Location l = c.location("Old Pier");
		Scene a = c.scene("1", 8, l);
		Authority police = PermitsFactory.eINSTANCE.createAuthority();
		police.setName("Harbour Police");
		police.setTargetDays(10);
		c.studio.getAuthorities().add(police);
		PermitApplication app = PermitsFactory.eINSTANCE.createPermitApplication();
		app.setAuthority(police);
		app.getLocations().add(l);
		app.setStatus(PermitStatus.SUBMITTED);
		StatusChange sub = PermitsFactory.eINSTANCE.createStatusChange();
		sub.setStatus(PermitStatus.SUBMITTED);
		sub.setAt(ShootCalendar.toDate(LocalDate.of(2027, 2, 20)));
		app.getHistory().add(sub);
		c.p.getPermitApplications().add(app);
		// submitted Sat 20 Feb + 10 working days = Fri 5 Mar
		Plan early = Crafted.plan(List.of(a));
		Violation v = status(Constraints.check(c.p, c.board, early), ConstraintKind.PERMITS).violations().get(0);
		assertTrue(v.message().contains("Mar 5, 2027") && v.message().contains("Old Pier"), v.message());
		c.board.setStartDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 5)));
		assertTrue(status(Constraints.check(c.p, c.board, early), ConstraintKind.PERMITS).holds());
		app.setStatus(PermitStatus.REJECTED);
		assertFalse(status(Constraints.check(c.p, c.board, early), ConstraintKind.PERMITS).holds());
		app.setStatus(PermitStatus.APPROVED);
		assertTrue(status(Constraints.check(c.p, c.board, early), ConstraintKind.PERMITS).holds(), "approved without periods");
		PermitPeriod shoot = PermitsFactory.eINSTANCE.createPermitPeriod();
		shoot.setKind(PeriodKind.SHOOT);
		shoot.setStart(ShootCalendar.toDate(LocalDate.of(2027, 3, 10)));
		shoot.setEnd(ShootCalendar.toDate(LocalDate.of(2027, 3, 12)));
		app.getPeriods().add(shoot);
		assertFalse(status(Constraints.check(c.p, c.board, early), ConstraintKind.PERMITS).holds(), "approved only from Mar 10");
	}

	@Test
	void turnaroundHolidaysPinnedAndWeatherCover() {
		Crafted c = new Crafted(false);
		Scene night = c.scene("1", IntExt.INT, TimeOfDay.NIGHT, 8, "SET");
		Scene day = c.scene("2", IntExt.EXT, TimeOfDay.DAY, 8, "YARD");
		Scene cover = c.scene("3", 8, "SET");
		c.apply(Crafted.plan(List.of(cover), List.of(night), List.of(day)));
		c.strip(cover).setWeatherCover(true);
		c.strip(night).setPinned(true);
		List<ConstraintStatus> all = Constraints.check(c.p, c.board, Boards.read(c.board));
		ConstraintStatus turnaround = status(all, ConstraintKind.TURNAROUND);
		assertTrue(turnaround.holds());
		assertTrue(turnaround.explanation().contains("rest days left for it: 1"), turnaround.explanation());
		assertTrue(status(all, ConstraintKind.HOLIDAYS).holds());
		assertTrue(status(all, ConstraintKind.PINNED).holds());
		Violation w = status(all, ConstraintKind.WEATHER_COVER).violations().get(0);
		assertTrue(w.message().contains("3"), w.message());
		Plan moved = Crafted.plan(List.of(night), List.of(day), List.of(cover));
		assertTrue(status(Constraints.check(c.p, c.board, moved), ConstraintKind.WEATHER_COVER).holds());
		Violation pin = status(Constraints.check(c.p, c.board, moved), ConstraintKind.PINNED).violations().get(0);
		assertEquals(List.of(night), pin.scenes());
		assertTrue(status(Constraints.check(c.p, c.board, moved, Map.of(night, 0)), ConstraintKind.PINNED).holds());
		assertFalse(Constraints.violations(c.p, c.board, moved).isEmpty());
	}
}
