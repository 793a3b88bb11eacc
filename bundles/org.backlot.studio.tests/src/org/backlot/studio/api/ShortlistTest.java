// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.backlot.studio.api.StudioFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.internal.people.Messages;
import org.backlot.studio.internal.people.Words;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shortlists for the sample production's scenes with extras, on the generated base. */
class ShortlistTest {
	private static Studio base;
	private static Production p;
	private static ExtrasSearch search;

	@BeforeAll
	static void sample() {
		base = StudioFixtures.sample();
		p = StudioFixtures.production(base);
		search = new ExtrasSearch(base);
	}

	private static ExtrasRequirement requirement(String scene) {
		return p.getBreakdown().getExtras().stream().filter(r -> r.getScene().getNumber().equals(scene)).findFirst().orElseThrow();
	}

	private static ExtrasRequirement adHoc(String scene, int count, String description, String look) {
		ExtrasRequirement r = BreakdownFactory.eINSTANCE.createExtrasRequirement();
		r.setScene(requirement(scene).getScene());
		r.setCount(count);
		r.setDescription(description);
		r.setLook(look);
		return r;
	}

	@Test
	void everySceneWithExtrasGetsAFullShortlistOfPeopleFreeThatDay() {
		assertEquals(9, p.getBreakdown().getExtras().size());
		for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
			LocalDate day = ExtrasSearch.shootDate(p, r.getScene());
			assertNotNull(day, "scene " + r.getScene().getNumber() + " is on the board");
			Shortlist sl = search.shortlist(r, day, 5);
			assertEquals(r.getCount(), sl.chosen().size(), r.getDescription());
			assertEquals(0, sl.shortfall());
			assertEquals(5, sl.reserve().size());
			Set<Extra> seen = new HashSet<>();
			List<Shortlist.Candidate> all = new ArrayList<>(sl.chosen());
			all.addAll(sl.reserve());
			for (int i = 0; i < all.size(); i++) {
				Extra x = all.get(i).extra();
				assertTrue(seen.add(x), "nobody twice: " + x.getCode());
				assertTrue(ExtrasSearch.conflicts(base, List.of(x), day).isEmpty(), x.getCode() + " is free on " + day);
				assertTrue(i == 0 || all.get(i - 1).score() >= all.get(i).score(), "best first");
			}
		}
	}

	@Test
	void elderlyTeaDrinkersAreOldAndLookIt() {
		ExtrasRequirement tea = requirement("3");
		Shortlist sl = search.shortlist(tea, ExtrasSearch.shootDate(p, tea.getScene()), 4);
		assertTrue(sl.understood().contains(Words.label(Words.Kind.LOOK, "elderly")), sl.understood().toString());
		for (Shortlist.Candidate c : sl.chosen()) {
			assertTrue(c.age() >= 60, c.extra().getCode() + " is " + c.age());
			assertTrue(c.extra().getLooks().contains("elderly"), c.extra().getCode() + " " + c.extra().getLooks());
			assertTrue(c.why().contains(NLS.bind(Messages.whyLook, Words.label(Words.Kind.LOOK, "elderly"))), c.why().toString());
		}
		assertTrue(sl.matching() > 1000, "everyone over 60 who is free passes the limits: " + sl.matching());
	}

	@Test
	void teaPickersAreWomenAndDockWorkersLabourers() {
		ExtrasRequirement pickers = requirement("13");
		Shortlist sl = search.shortlist(pickers, ExtrasSearch.shootDate(p, pickers.getScene()), 0);
		sl.chosen().forEach(c -> assertEquals(Gender.FEMALE, c.extra().getGender(), c.extra().getCode()));
		sl.chosen().forEach(c -> assertTrue(c.extra().getLooks().contains("farmer"), c.extra().getCode()));
		ExtrasRequirement dock = requirement("1");
		search.shortlist(dock, ExtrasSearch.shootDate(p, dock.getScene()), 0).chosen()
				.forEach(c -> assertTrue(c.extra().getLooks().contains("labourer"), c.extra().getCode()));
	}

	@Test
	void aPeriodPieceWantsAPeriodLookAndNoTattoos() {
		Shortlist sl = search.shortlist(adHoc("15", 12, "1940s 旗袍 女 20-30岁", ""), d("2027-03-08"), 0);
		assertTrue(sl.understood().contains(Messages.readPeriod), sl.understood().toString());
		for (Shortlist.Candidate c : sl.chosen()) {
			assertEquals(Gender.FEMALE, c.extra().getGender());
			assertTrue(c.age() >= 20 && c.age() <= 30, "age " + c.age());
			assertTrue(c.extra().getLooks().contains("republic-era"), c.extra().getCode() + " " + c.extra().getLooks());
			assertFalse(c.extra().getLooks().contains("tattooed"), c.extra().getCode());
			assertTrue(c.why().contains(Messages.whyPeriodLook), c.why().toString());
		}
	}

	@Test
	void studentsAndPoliceByLookAndLanguage() {
		Shortlist students = search.shortlist(adHoc("15", 10, "学生 students", ""), d("2027-03-08"), 0);
		students.chosen().forEach(c -> assertTrue(c.age() >= 18 && c.age() <= 25 && c.extra().getLooks().contains("student"), c.toString()));
		Shortlist police = search.shortlist(adHoc("15", 10, "警察, 说重庆话", "police"), d("2027-03-08"), 0);
		for (Shortlist.Candidate c : police.chosen()) {
			assertTrue(c.extra().getLooks().contains("police") && c.extra().getLanguages().contains("Chongqing dialect"), c.toString());
		}
	}

	@Test
	void whatCannotBeMetIsAShortfall() {
		Shortlist kids = search.shortlist(adHoc("15", 6, "儿童 children playing", ""), d("2027-03-08"), 3);
		assertEquals(0, kids.matching(), "the base has no extras under 19");
		assertEquals(6, kids.shortfall());
		assertTrue(kids.reserve().isEmpty());
	}

	@Test
	void peopleBookedByAnotherProductionThatDayAreNotProposed() {
		LocalDate day = d("2027-03-04");
		Set<Extra> booked = new HashSet<>();
		for (Booking b : base.getBookings()) {
			if (b.getResource() instanceof Extra x && b.getStatus() != BookingStatus.CANCELLED && ShootCalendar.toLocal(b.getFrom()).equals(day)) {
				booked.add(x);
			}
		}
		assertEquals(60, booked.size(), "the generated base's other production books 60 extras that day");
		Shortlist crowd = search.shortlist(requirement("9"), day, 0);
		assertEquals(80, crowd.chosen().size());
		crowd.chosen().forEach(c -> assertFalse(booked.contains(c.extra()), c.extra().getCode()));
		assertEquals(search.shortlist(requirement("9"), null, 0).matching() - 60 - away(day), crowd.matching());
	}

	private static int away(LocalDate day) {
		int n = 0;
		for (Extra x : base.getExtras()) {
			n += x.getUnavailable().stream().anyMatch(r -> !day.isBefore(ShootCalendar.toLocal(r.getFrom())) && !day.isAfter(ShootCalendar.toLocal(r.getTo())))
					&& base.getBookings().stream().noneMatch(b -> b.getResource() == x && ShootCalendar.toLocal(b.getFrom()).equals(day)) ? 1 : 0;
		}
		return n;
	}
}
