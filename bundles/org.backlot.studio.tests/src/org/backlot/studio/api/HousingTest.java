// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.backlot.studio.api.StudioFixtures.booking;
import static org.backlot.studio.api.StudioFixtures.d;
import static org.backlot.studio.api.StudioFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Housing.Need;
import org.backlot.studio.internal.people.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Allocation of people to apartments: beds, sharing rules, preferences and other productions' stays. */
class HousingTest {
	private Studio s;

	@BeforeEach
	void studio() {
		s = StudioFixtures.empty();
	}

	static Need crew(String name, String department, String from, String to, String... prefs) {
		return new Need("id-" + name, name, false, department, d(from), d(to), List.of(prefs));
	}

	static Need cast(String name, String from, String to) {
		return new Need("id-" + name, name, true, null, d(from), d(to), List.of());
	}

	private Allocation allocate(Need... needs) {
		return Housing.allocate(s, "ours", List.of(needs), null, null);
	}

	private static Apartment unitOf(Allocation a, String name) {
		Allocation.Stay stay = a.stayOf("id-" + name);
		assertNotNull(stay, name + " is housed: " + a.unhoused());
		return stay.unit();
	}

	@Test
	void everyoneHasAUnitOfTheirOwnUnlessTheyAskToShare() {
		Apartment single1 = unit(s, "A101", 1, 1);
		Apartment twin = unit(s, "A102", 1, 2);
		Apartment single2 = unit(s, "A103", 1, 1);
		Allocation a = allocate(crew("X", "Camera", "2027-03-01", "2027-03-10"), crew("Y", "Art", "2027-03-01", "2027-03-10"),
				crew("P", "Art", "2027-03-02", "2027-03-09", "share with Q"), crew("Q", "Sound", "2027-03-01", "2027-03-10"));
		assertTrue(a.unhoused().isEmpty(), a.unhoused().toString());
		assertEquals(Set.of(single1, single2), Set.of(unitOf(a, "X"), unitOf(a, "Y")), "singles in the one-bed units");
		assertEquals(twin, unitOf(a, "P"));
		assertEquals(twin, unitOf(a, "Q"));
		assertEquals(List.of("Q"), a.stayOf("id-P").sharedWith());
		assertEquals(Messages.shareAsked, a.stayOf("id-Q").shareNote());
		assertEquals(List.of("share with Q"), a.stayOf("id-P").met());
		assertTrue(a.stayOf("id-X").sharedWith().isEmpty());
		assertEquals(d("2027-03-02"), a.stayOf("id-P").from());
		assertEquals(d("2027-03-09"), a.stayOf("id-P").to());
	}

	@Test
	void whenUnitsRunOutCrewShareWithinTheirDepartmentOnly() {
		Apartment single = unit(s, "A101", 1, 1);
		Apartment twin = unit(s, "A102", 1, 2);
		Allocation same = allocate(crew("X", "Camera", "2027-03-01", "2027-03-10"), crew("Y", "Camera", "2027-03-01", "2027-03-10"),
				crew("Z", "Camera", "2027-03-01", "2027-03-10"));
		assertTrue(same.unhoused().isEmpty(), same.unhoused().toString());
		Map<Apartment, Integer> beds = new java.util.HashMap<>();
		same.stays().forEach(x -> beds.merge(x.unit(), 1, Integer::sum));
		assertEquals(Map.of(single, 1, twin, 2), beds, "one bed a person");
		assertTrue(same.stays().stream().anyMatch(x -> Messages.shareScarce.equals(x.shareNote())));

		Allocation mixed = allocate(crew("X", "Camera", "2027-03-01", "2027-03-10"), crew("Y", "Art", "2027-03-01", "2027-03-10"),
				crew("Z", "Sound", "2027-03-01", "2027-03-10"));
		assertEquals(2, mixed.stays().size());
		assertEquals(1, mixed.unhoused().size());
		assertEquals(Messages.takenCrew, mixed.unhoused().get(0).reason());
		assertTrue(mixed.stays().stream().allMatch(x -> x.sharedWith().isEmpty()), "no sharing across departments");
	}

	@Test
	void castComeFirstAndNeverShareUnlessTheyAsk() {
		Apartment twin = unit(s, "A102", 1, 2);
		Allocation a = allocate(crew("X", "Camera", "2027-03-01", "2027-03-10"), cast("Star", "2027-03-03", "2027-03-06"));
		assertEquals(twin, unitOf(a, "Star"));
		assertEquals(1, a.unhoused().size());
		assertEquals("X", a.unhoused().get(0).need().name(), "crew do not move in with cast");
		Allocation two = allocate(cast("Star", "2027-03-03", "2027-03-06"), cast("Lead", "2027-03-01", "2027-03-08"));
		assertEquals(1, two.unhoused().size());
		assertEquals(Messages.takenCast, two.unhoused().get(0).reason());
	}

	@Test
	void otherProductionsStaysAreRespected() {
		Apartment a101 = unit(s, "A101", 1, 1);
		Apartment a102 = unit(s, "A102", 1, 1);
		booking(s, a101, "theirs", "Red Lanterns", "2027-03-05", "2027-03-10", BookingPurpose.STAY);
		booking(s, a102, "theirs", "Red Lanterns", "2027-02-01", "2027-02-28", BookingPurpose.STAY).setStatus(BookingStatus.CANCELLED);
		Allocation a = allocate(crew("X", "Camera", "2027-03-01", "2027-03-04"), crew("Y", "Art", "2027-03-03", "2027-03-08"),
				crew("Z", "Sound", "2027-03-06", "2027-03-07"));
		assertEquals(a101, unitOf(a, "X"), "free before the other production arrives");
		assertEquals(a102, unitOf(a, "Y"));
		assertEquals(1, a.unhoused().size());
		assertEquals("Z", a.unhoused().get(0).need().name());

		booking(s, a102, "theirs", "Red Lanterns", "2027-03-01", "2027-03-31", BookingPurpose.STAY);
		Allocation none = allocate(crew("Y", "Art", "2027-03-03", "2027-03-08"));
		assertTrue(none.stays().isEmpty());
		assertTrue(none.unhoused().get(0).reason().contains("2027") || none.unhoused().get(0).reason().contains("Mar"),
				"the reason names the nights: " + none.unhoused().get(0).reason());
	}

	@Test
	void accessibleIsAMustOtherWishesAreMetAsFarAsTheyGo() {
		Apartment ground = unit(s, "A101", 1, 1, "ground floor");
		Apartment accessible = unit(s, "A102", 1, 1, "ground floor", "accessible");
		Apartment both = unit(s, "B301", 3, 1, "quiet", "kitchen");
		Apartment quiet = unit(s, "B302", 3, 1, "quiet");
		Allocation a = allocate(crew("V", "Art", "2027-03-01", "2027-03-10", "一楼"), crew("W", "Art", "2027-03-01", "2027-03-10", "accessible"),
				crew("X", "Camera", "2027-03-01", "2027-03-12", "quiet"), crew("Y", "Sound", "2027-03-01", "2027-03-10", "quiet", "kitchen"));
		assertEquals(accessible, unitOf(a, "W"));
		assertEquals(ground, unitOf(a, "V"));
		assertEquals(both, unitOf(a, "Y"), "the unit with both wishes goes to who asks for both");
		assertEquals(quiet, unitOf(a, "X"));
		a.stays().forEach(x -> assertTrue(x.unmet().isEmpty(), x.toString()));

		booking(s, accessible, "theirs", "Red Lanterns", "2027-03-01", "2027-03-31", BookingPurpose.STAY);
		Allocation left = allocate(crew("W", "Art", "2027-03-01", "2027-03-10", "accessible"));
		assertTrue(left.stays().isEmpty(), "no accessible unit, no unit");
		assertTrue(left.unhoused().get(0).reason().contains("accessible"), left.unhoused().get(0).reason());
	}

	@Test
	void theSampleProductionIsHousedBesideTheOtherProductions() {
		Studio base = StudioFixtures.sample();
		var p = StudioFixtures.production(base);
		List<Need> needs = Housing.needs(p);
		List<String> names = needs.stream().map(Need::name).toList();
		assertEquals(List.of("苏晴", "James Whitfield", "唐宁", "高远", "罗明", "叶青", "孔雯"), names, "travelling cast by number, then crew");
		Need lin = needs.get(0);
		assertEquals(d("2027-02-26"), lin.from(), "from her costume fitting");
		Need tang = needs.get(2);
		assertEquals("Direction", tang.department());
		assertEquals(d("2027-02-28"), tang.from(), "a prep day before the first shoot day");
		assertTrue(lin.to().isBefore(tang.to()) || lin.to().equals(tang.to()));
		assertEquals(List.of("share with 叶青", "kitchen"), needs.get(6).preferences(), "share-with names resolved to the person");

		Allocation a = Housing.allocate(base, p, null, null);
		assertTrue(a.unhoused().isEmpty(), a.unhoused().toString());
		assertEquals(7, a.stays().size());
		assertEquals(a.stayOf(needs.get(5).personId()).unit(), a.stayOf(needs.get(6).personId()).unit(), "叶青 and 孔雯 share");
		Set<Apartment> units = new HashSet<>();
		a.stays().forEach(x -> units.add(x.unit()));
		assertEquals(6, units.size(), "everyone else alone");
		assertTrue(a.stayOf(needs.get(3).personId()).unit().getFeatures().containsAll(List.of("quiet", "kitchen")));
		assertTrue(a.stayOf(needs.get(4).personId()).unit().getFeatures().contains("ground floor"));
		for (Allocation.Stay stay : a.stays()) {
			for (var b : base.getBookings()) {
				if (b.getResource() == stay.unit()) {
					assertTrue(org.backlot.schedule.api.ShootCalendar.toLocal(b.getTo()).isBefore(stay.from())
							|| org.backlot.schedule.api.ShootCalendar.toLocal(b.getFrom()).isAfter(stay.to()), stay.unit().getUnit() + " is taken");
				}
			}
		}
		assertEquals(Housing.occupancy(base, d("2027-03-10"), d("2027-03-10")).days().get(0).occupied(), 240 + 150,
				"the generated base has two other productions' crews in March");
	}

	@Test
	void unhousedPeopleWithoutNights() {
		unit(s, "A101", 1, 1);
		Allocation a = Housing.allocate(s, "ours", List.of(new Need("n", "Nobody", false, "Art", null, null, List.of())), null, null);
		assertEquals(Messages.noNights, a.unhoused().get(0).reason());
		List<Need> many = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			many.add(crew("P" + i, "Art", "2027-03-01", "2027-03-02"));
		}
		Allocation window = Housing.allocate(s, "ours", many, d("2027-03-02"), d("2027-03-05"));
		assertEquals(d("2027-03-02"), window.stays().get(0).from(), "clipped to the nights asked for");
		assertNotEquals(0, window.unhoused().size());
		assertFalse(window.unhoused().isEmpty());
	}
}
