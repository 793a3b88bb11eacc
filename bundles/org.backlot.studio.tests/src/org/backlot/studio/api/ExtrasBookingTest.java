// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.backlot.studio.api.StudioFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.backlot.core.api.Ids;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.CallSheet;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Booking extras per shoot day: call times from the call sheet, nobody twice a day across productions, head-counts. */
class ExtrasBookingTest {
	private static Studio base;
	private static Production p;
	private static Production other;
	private static ExtrasSearch search;
	private EditingDomain domain = StudioFixtures.domain();

	@BeforeAll
	static void sample() {
		base = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED); // its own: these tests book
		p = StudioFixtures.production(base);
		other = ProductionFactory.eINSTANCE.createProduction();
		other.setId(Ids.newId());
		other.setTitle("Mountain Echo");
		other.setStudio(base);
		search = new ExtrasSearch(base);
	}

	@AfterEach
	void undoAll() {
		while (domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
		}
	}

	private static ExtrasRequirement requirement(String scene) {
		return p.getBreakdown().getExtras().stream().filter(r -> r.getScene().getNumber().equals(scene)).findFirst().orElseThrow();
	}

	private void execute(Command c) {
		assertTrue(c.canExecute(), c.getDescription());
		domain.getCommandStack().execute(c);
	}

	@Test
	void bookingsCarryTheCallSheetsReportTime() {
		ExtrasRequirement tea = requirement("3");
		LocalDate day = ExtrasSearch.shootDate(p, tea.getScene());
		List<Extra> people = search.shortlist(tea, day, 0).chosenExtras();
		int before = base.getBookings().size();
		execute(ExtrasSearch.book(domain, p, tea, people, day, null));
		assertEquals(before + 20, base.getBookings().size());
		LocalTime report = report(day, "3");
		assertNotNull(report);
		assertEquals(report, ExtrasSearch.callTime(p, tea, day));
		for (Booking b : base.getBookings().subList(before, before + 20)) {
			assertTrue(people.contains(b.getResource()));
			assertEquals(p.getId(), b.getProductionId());
			assertEquals(p.getTitle(), b.getProductionTitle());
			assertEquals(day, ShootCalendar.toLocal(b.getFrom()));
			assertEquals(day, ShootCalendar.toLocal(b.getTo()));
			assertEquals(BookingPurpose.SHOOT, b.getPurpose());
			assertEquals(BookingStatus.CONFIRMED, b.getStatus());
			assertEquals(report.toString(), b.getCallTime());
			assertEquals(tea.getScene().getId(), b.getElementId());
		}
		assertEquals(20, ExtrasSearch.headCount(base, p.getId(), day));
		domain.getCommandStack().undo();
		assertEquals(before, base.getBookings().size());
		assertEquals(0, ExtrasSearch.headCount(base, p.getId(), day));
	}

	private static LocalTime report(LocalDate day, String scene) {
		Schedule board = Boards.active(p);
		for (int n = 1; n <= Boards.days(board).size(); n++) {
			CallSheet sheet = CallSheet.build(p, board, n);
			if (sheet.date().equals(day)) {
				return sheet.background().stream().filter(b -> b.scene().equals(scene)).findFirst().orElseThrow().report();
			}
		}
		return null;
	}

	@Test
	void nobodyIsBookedTwiceTheSameDayAcrossProductions() {
		ExtrasRequirement tea = requirement("3");
		LocalDate day = ExtrasSearch.shootDate(p, tea.getScene());
		List<Extra> people = search.shortlist(tea, day, 0).chosenExtras();
		execute(ExtrasSearch.book(domain, p, tea, people, day, LocalTime.of(9, 15)));
		assertEquals("09:15", base.getBookings().get(base.getBookings().size() - 1).getCallTime(), "a call time given is used");

		List<Extra> two = people.subList(0, 2);
		Command clash = ExtrasSearch.book(domain, other, tea, two, day, LocalTime.of(8, 0));
		assertFalse(clash.canExecute(), "another production cannot book them the same day");
		for (Extra x : two) {
			assertTrue(clash.getDescription().contains(x.getCode()), clash.getDescription());
		}
		assertTrue(clash.getDescription().contains(p.getTitle()), "names who booked them: " + clash.getDescription());
		assertEquals(2, ExtrasSearch.conflicts(base, two, day).size());
		assertFalse(ExtrasSearch.book(domain, p, requirement("12"), two, day, null).canExecute(), "nor the same production for another scene");
		execute(ExtrasSearch.book(domain, other, tea, two, day.plusDays(1), LocalTime.of(8, 0)));
		assertEquals(2, ExtrasSearch.headCount(base, other.getId(), day.plusDays(1)), "another day is fine");

		List<Extra> next = search.shortlist(requirement("12"), day, 0).chosenExtras();
		assertTrue(next.stream().noneMatch(people::contains), "the next shortlist of the day proposes others");
		execute(ExtrasSearch.book(domain, p, requirement("12"), next, day, null));
		assertEquals(38, ExtrasSearch.headCount(base, p.getId(), day), "both scenes of the day, each person once");
		assertEquals(0, ExtrasSearch.headCount(base, other.getId(), day));
	}

	@Test
	void someoneUnavailableIsRefused() {
		Extra away = base.getExtras().stream().filter(x -> !x.getUnavailable().isEmpty()).findFirst().orElseThrow();
		DateRange r = away.getUnavailable().get(0);
		LocalDate day = ShootCalendar.toLocal(r.getFrom());
		Command c = ExtrasSearch.book(domain, p, requirement("15"), List.of(away), day, null);
		assertFalse(c.canExecute());
		assertTrue(c.getDescription().contains(away.getCode()), c.getDescription());
		assertEquals(ExtrasSearch.conflicts(base, List.of(away), day).get(0).reason(), c.getDescription(), "the reason is the unavailability");
		assertFalse(ExtrasSearch.book(domain, p, requirement("15"), List.of(), day, null).canExecute(), "nobody to book");
	}
}
