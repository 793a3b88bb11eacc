// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.Hazard;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioFactory;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Shoot;
import org.backlot.schedule.api.ShootCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts of each day at each place: hours, head-count, vehicles and hazards with their evidence. */
class FactsTest {
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

	@Test
	void aCompanyMoveGivesOneDayPerPlaceWithItsHours() {
		Shoot s = new Shoot();
		Location road = s.location("Mountain Road", true, false);
		Stage stage = s.stage(3);
		Scene a = s.scene("1", IntExt.EXT, road);
		Scene b = s.scene("2", IntExt.INT, stage);
		Scene c = s.scene("3", IntExt.EXT, road);
		s.day(a, b).day(c).schedule();
		List<DayAtPlace> days = Permits.days(s.p, s.board);
		assertEquals(3, days.size());
		DayAtPlace first = days.get(0);
		assertEquals(1, first.dayNumber());
		assertEquals(Shoot.START, first.date());
		assertEquals(road, first.location());
		assertNull(first.stage());
		assertTrue(first.exterior() && first.road() && first.publicPlace());
		// crew call 06:00, shooting call 07:00, scene 1 07:00-08:00, one hour prep and strike
		assertEquals(LocalDateTime.of(2027, 3, 1, 6, 0), first.from());
		assertEquals(LocalDateTime.of(2027, 3, 1, 9, 0), first.to());
		DayAtPlace second = days.get(1);
		assertEquals(stage, second.stage());
		assertNull(second.location());
		assertEquals("Stage 3", second.placeName());
		assertFalse(second.exterior());
		// the company move (60 minutes by default) before scene 2: 09:00-10:00
		assertEquals(LocalDateTime.of(2027, 3, 1, 8, 0), second.from());
		assertEquals(LocalDateTime.of(2027, 3, 1, 11, 0), second.to());
		assertEquals(2, days.get(2).dayNumber());
		assertEquals(LocalDate.of(2027, 3, 2), days.get(2).date());
	}

	@Test
	void headCountVehiclesAndNight() {
		Shoot s = new Shoot();
		Location street = s.location("Night Market", true, false);
		Scene a = s.scene("1", IntExt.EXT, TimeOfDay.NIGHT, street);
		Scene b = s.scene("2", IntExt.EXT, TimeOfDay.NIGHT, street);
		s.cast(1, a, b);
		s.cast(2, b);
		s.extras(a, 30, "shoppers");
		s.extras(b, 12, "vendors");
		s.element("vehicles", "2 police cars", a);
		s.element("vehicles", "黄包车 rickshaw", b);
		s.element("vehicles", "3辆警车", b);
		s.element("vehicles", "1940s truck", b);
		s.day(a, b).schedule();
		DayAtPlace d = Permits.days(s.p, s.board).get(0);
		assertEquals(2, d.cast());
		assertEquals(42, d.extras());
		assertEquals(3, d.crew());
		assertEquals(47, d.headCount());
		assertEquals(2 + 1 + 3 + 1, d.vehicles());
		assertEquals(List.of("2 police cars", "黄包车 rickshaw", "3辆警车", "1940s truck"), d.vehicleTypes());
		assertTrue(d.night());
		assertTrue(d.has(Hazard.MOVING_VEHICLES));
		assertEquals(List.of("Scene 1: 30 background actors, shoppers", "Scene 2: 12 background actors, vendors"), d.hazards().get(Hazard.CROWD));
	}

	@Test
	void extrasBookedInTheStudioCountWhenMoreThanTheBreakdownAsks() {
		Shoot s = new Shoot();
		Location street = s.location("Night Market", true, false);
		Scene a = s.scene("1", IntExt.EXT, street);
		s.extras(a, 30, "shoppers");
		s.day(a).schedule();
		s.p.setId("tea"); //$NON-NLS-1$
		for (int i = 0; i < 45; i++) {
			Extra x = StudioFactory.eINSTANCE.createExtra();
			s.studio.getExtras().add(x);
			Booking b = StudioFactory.eINSTANCE.createBooking();
			b.setResource(x);
			b.setProductionId(i < 40 ? "tea" : "other"); //$NON-NLS-1$ //$NON-NLS-2$
			b.setElementId(a.getId());
			b.setFrom(ShootCalendar.toDate(Shoot.START));
			b.setTo(b.getFrom());
			b.setStatus(i == 0 ? BookingStatus.CANCELLED : BookingStatus.CONFIRMED);
			s.studio.getBookings().add(b);
		}
		assertEquals(39, Permits.days(s.p, s.board).get(0).extras(), "39 booked by this production, not cancelled");
	}

	@Test
	void hazardsFromCategoriesAndWordsInEnglishAndChinese() {
		Shoot s = new Shoot();
		Location l = s.location("Wharf", false, false);
		Scene a = s.scene("15", IntExt.EXT, l);
		s.element("weapons", "Mauser pistol", a);
		s.element("stunts", "chase", a);
		s.element("sfx", "远处爆炸 distant explosions", a);
		s.element("sfx", "烟雾 smoke over the city", a);
		s.element("sfx", "candles on the altar", a);
		s.element("sfx", "烟火 fireworks", a);
		s.element("sfx", "rain", a);
		s.element("vehicles", "木船 wooden boat", a);
		s.element("equipment", "无人机 aerial unit", a);
		s.element("animals", "dog", a);
		s.element("props", "rifle", a);
		s.element("props", "hotpot 火锅", a);
		s.day(a).schedule();
		DayAtPlace d = Permits.days(s.p, s.board).get(0);
		assertEquals(List.of("Scene 15: Mauser pistol (Weapons)", "Scene 15: rifle (Props)"), d.hazards().get(Hazard.FIREARMS));
		assertEquals(List.of("Scene 15: chase (Stunts)"), d.hazards().get(Hazard.STUNTS));
		assertEquals(2, d.hazards().get(Hazard.PYROTECHNICS).size(), d.hazards().toString());
		assertEquals(List.of("Scene 15: 烟雾 smoke over the city (Special effects)"), d.hazards().get(Hazard.SMOKE), "fireworks are not smoke");
		assertEquals(List.of("Scene 15: candles on the altar (Special effects)"), d.hazards().get(Hazard.OPEN_FLAME), "a hotpot is not a flame");
		assertTrue(d.has(Hazard.WATERCRAFT));
		assertTrue(d.has(Hazard.DRONES));
		assertTrue(d.has(Hazard.ANIMALS));
		assertFalse(d.has(Hazard.MOVING_VEHICLES), "a boat is not a road vehicle");
		assertEquals(0, d.vehicles());
		assertFalse(d.has(Hazard.CROWD));
	}

	@Test
	void droneShotsAreDrones() {
		Shoot s = new Shoot();
		Location l = s.location("Tea Hills", false, true);
		Scene a = s.scene("13", IntExt.EXT, l);
		Shot shot = ShotsFactory.eINSTANCE.createShot();
		shot.setNumber("13A");
		shot.setScene(a);
		shot.setMovement(CameraMovement.DRONE);
		s.p.getShotList().getShots().add(shot);
		s.day(a).schedule();
		DayAtPlace d = Permits.days(s.p, s.board).get(0);
		assertEquals(List.of("Scene 13: shot 13A is filmed from a drone"), d.hazards().get(Hazard.DRONES));
	}

	@Test
	void periodsOfWholeDaysAndHours() {
		Shoot s = new Shoot();
		var rec = s.record(org.backlot.permits.internal.rules.BuiltIn.police());
		var app = s.application(rec, org.backlot.model.permits.PermitStatus.APPROVED, Shoot.START, null);
		Shoot.days(app, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
		Times.Span whole = Times.span(app.getPeriods().get(0));
		assertNotNull(whole);
		assertEquals(LocalDateTime.of(2027, 3, 1, 0, 0), whole.from());
		assertEquals(LocalDateTime.of(2027, 3, 3, 0, 0), whole.to(), "midnight to midnight means whole days");
		Shoot.period(app, org.backlot.model.permits.PeriodKind.SHOOT, LocalDateTime.of(2027, 3, 5, 7, 0), LocalDateTime.of(2027, 3, 5, 19, 30));
		Times.Span hours = Times.span(app.getPeriods().get(1));
		assertEquals(LocalDateTime.of(2027, 3, 5, 19, 30), hours.to());
		assertEquals(2, Cover.merge(List.of(whole, hours)).size());
		assertEquals(1, Cover.merge(List.of(whole, new Times.Span(whole.to(), whole.to().plusHours(3)))).size(), "touching spans join");
	}
}
