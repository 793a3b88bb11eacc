// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.backlot.studio.api.StudioFixtures.d;
import static org.backlot.studio.api.StudioFixtures.extra;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.model.production.DateRange;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.ExtrasSearch.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters over the extras: gender, age at a date, height, looks, skills, languages (either language) and availability. */
class ExtrasSearchTest {
	private static final LocalDate DAY = d("2027-03-06");
	private Studio s;
	private Extra student;
	private Extra policeman;
	private Extra granny;
	private Extra young;
	private Extra fighter;

	@BeforeEach
	void studio() {
		s = StudioFixtures.empty();
		student = extra(s, "E1", Gender.FEMALE, 2005, 165, List.of("student"), List.of("dancing"), List.of("Mandarin", "English"));
		policeman = extra(s, "E2", Gender.MALE, 1960, 180, List.of("elderly", "police"), List.of("driving", "mahjong"),
				List.of("Mandarin", "Chongqing dialect"));
		granny = extra(s, "E3", Gender.FEMALE, 1950, 155, List.of("elderly"), List.of("mahjong"), List.of("Mandarin"));
		young = extra(s, "E4", Gender.MALE, 2000, 172, List.of("警察"), List.of("武术"), List.of("普通话"));
		fighter = extra(s, "E5", Gender.MALE, 1985, 190, List.of("athletic", "tattooed"), List.of("martial arts"), List.of("Mandarin"));
		DateRange away = ProductionFactory.eINSTANCE.createDateRange();
		away.setFrom(ShootCalendar.toDate(d("2027-03-05")));
		away.setTo(ShootCalendar.toDate(d("2027-03-07")));
		granny.getUnavailable().add(away);
	}

	private List<Extra> find(Filter f) {
		return new ExtrasSearch(s).find(f.availableOn(f.available() == null ? d("2027-01-01") : f.available()), 100);
	}

	@Test
	void agesAreTakenAtTheDay() {
		assertEquals(List.of(policeman, granny), find(Filter.any().withAges(60, 0)));
		assertEquals(List.of(policeman), find(Filter.any().withAges(60, 70)));
		assertEquals(List.of(student, young), find(Filter.any().withAges(0, 30)));
		assertEquals(List.of(student), new ExtrasSearch(s).find(Filter.any().withAges(0, 21).availableOn(d("2026-06-01")), 10));
		assertEquals(List.of(), new ExtrasSearch(s).find(Filter.any().withAges(0, 21).availableOn(d("2030-06-01")), 10), "older by then");
	}

	@Test
	void genderAndHeight() {
		assertEquals(List.of(policeman, young), find(Filter.any().withHeights(170, 185)));
		assertEquals(List.of(fighter), find(Filter.any().withHeights(186, 0)));
		assertEquals(List.of(student, granny), find(Filter.any().withGender(Gender.FEMALE)));
		assertEquals(List.of(young), find(Filter.any().withGender(Gender.MALE).withHeights(0, 175)));
	}

	@Test
	void looksSkillsAndLanguagesInEitherLanguageAreAllRequired() {
		assertEquals(List.of(policeman, young), find(Filter.any().withTraits(Set.of("police"), Set.of(), Set.of())));
		assertEquals(List.of(policeman, young), find(Filter.any().withTraits(Set.of("警察"), Set.of(), Set.of())));
		assertEquals(List.of(young, fighter), find(Filter.any().withTraits(Set.of(), Set.of("Martial Arts"), Set.of())));
		assertEquals(List.of(policeman, granny), find(Filter.any().withTraits(Set.of(), Set.of("麻将"), Set.of())));
		assertEquals(List.of(policeman), find(Filter.any().withTraits(Set.of("elderly"), Set.of("mahjong", "driving"), Set.of())));
		assertEquals(List.of(student), find(Filter.any().withTraits(Set.of(), Set.of(), Set.of("english"))));
		assertEquals(List.of(policeman), find(Filter.any().withTraits(Set.of(), Set.of(), Set.of("重庆话"))));
		assertEquals(5, find(Filter.any().withTraits(Set.of(), Set.of(), Set.of("mandarin"))).size());
		assertEquals(List.of(), find(Filter.any().withTraits(Set.of("astronaut"), Set.of(), Set.of())));
	}

	@Test
	void availabilityLeavesOutTheUnavailableAndTheBooked() {
		ExtrasSearch search = new ExtrasSearch(s);
		assertEquals(List.of(student, policeman, young, fighter), search.find(Filter.any().availableOn(DAY), 10), "granny is away");
		assertEquals(5, search.count(Filter.any().availableOn(d("2027-03-08"))));
		Booking other = StudioFixtures.booking(s, policeman, "other-id", "Red Lanterns", "2027-03-06", "2027-03-06", BookingPurpose.SHOOT);
		assertEquals(List.of(student, young, fighter), search.find(Filter.any().availableOn(DAY), 10), "bookings made after the index count");
		assertEquals(4, search.count(Filter.any().availableOn(d("2027-03-07"))), "booked for one day only");
		other.setStatus(BookingStatus.CANCELLED);
		assertEquals(4, search.count(Filter.any().availableOn(DAY)), "a cancelled booking frees the day");
		assertEquals(List.of(student), search.find(Filter.any().availableOn(DAY), 1), "the limit");
	}

	@Test
	void theIndexAgreesWithAPlainScanOfTheGeneratedBase() {
		Studio base = StudioFixtures.sample();
		ExtrasSearch search = new ExtrasSearch(base);
		assertEquals(StudioGenerator.EXTRAS, search.size());
		List<Filter> filters = List.of(Filter.any().withGender(Gender.FEMALE).withAges(20, 35).withHeights(155, 170).availableOn(DAY),
				Filter.any().withAges(60, 0).withTraits(Set.of("elderly"), Set.of("mahjong"), Set.of()).availableOn(d("2027-03-04")),
				Filter.any().withGender(Gender.MALE).withTraits(Set.of("police"), Set.of(), Set.of("Chongqing dialect")).availableOn(d("2027-04-02")),
				Filter.any().withHeights(185, 0));
		for (Filter f : filters) {
			LocalDate day = f.available() == null ? LocalDate.now() : f.available();
			List<Extra> expected = new ArrayList<>();
			for (Extra x : base.getExtras()) {
				if (passes(x, f, day, base)) {
					expected.add(x);
				}
			}
			assertTrue(!expected.isEmpty(), f.toString());
			assertEquals(expected, search.find(f, Integer.MAX_VALUE), f.toString());
		}
	}

	private static boolean passes(Extra x, Filter f, LocalDate day, Studio base) {
		int age = day.getYear() - x.getBirthYear();
		boolean ok = (f.gender() == null || x.getGender() == f.gender()) && (f.minAge() == 0 || age >= f.minAge())
				&& (f.maxAge() == 0 || age <= f.maxAge()) && x.getHeightCm() >= f.minHeightCm() && (f.maxHeightCm() == 0 || x.getHeightCm() <= f.maxHeightCm())
				&& x.getLooks().containsAll(f.looks()) && x.getSkills().containsAll(f.skills()) && x.getLanguages().containsAll(f.languages());
		if (ok && f.available() != null) {
			for (DateRange r : x.getUnavailable()) {
				ok &= day.isBefore(ShootCalendar.toLocal(r.getFrom())) || day.isAfter(ShootCalendar.toLocal(r.getTo()));
			}
			for (Booking b : base.getBookings()) {
				ok &= b.getResource() != x || b.getStatus() == BookingStatus.CANCELLED || day.isBefore(ShootCalendar.toLocal(b.getFrom()))
						|| day.isAfter(ShootCalendar.toLocal(b.getTo()));
			}
		}
		return ok;
	}
}
