// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.backlot.studio.api.HousingTest.crew;
import static org.backlot.studio.api.StudioFixtures.booking;
import static org.backlot.studio.api.StudioFixtures.d;
import static org.backlot.studio.api.StudioFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.backlot.core.api.Ids;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.Housing.Need;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An allocation becomes STAY bookings (undoable, kept on the next allocation); the occupancy calendar counts units by production. */
class HousingBookingTest {
	private Studio s;
	private Production p;
	private final EditingDomain domain = StudioFixtures.domain();
	private Apartment a101;
	private Apartment a102;

	@BeforeEach
	void studio() {
		s = StudioFixtures.empty();
		a101 = unit(s, "A101", 1, 1);
		a102 = unit(s, "A102", 1, 2);
		unit(s, "A103", 1, 1);
		p = ProductionFactory.eINSTANCE.createProduction();
		p.setId(Ids.newId());
		p.setTitle("Ours");
		p.setStudio(s);
	}

	private List<Need> needs() {
		return List.of(crew("X", "Camera", "2027-03-02", "2027-03-04"), crew("P", "Art", "2027-03-01", "2027-03-05", "share with Q"),
				crew("Q", "Art", "2027-03-01", "2027-03-05"));
	}

	@Test
	void anAllocationIsBookedAndKept() {
		Allocation a = Housing.allocate(s, p.getId(), needs(), null, null);
		Command c = Housing.book(domain, p, a);
		assertTrue(c.canExecute(), c.getDescription());
		domain.getCommandStack().execute(c);
		assertEquals(3, s.getBookings().size());
		for (Booking b : s.getBookings()) {
			Allocation.Stay stay = a.stays().stream().filter(x -> x.need().personId().equals(b.getElementId())).findFirst().orElseThrow();
			assertEquals(stay.unit(), b.getResource());
			assertEquals(stay.need().name(), b.getOccupant());
			assertEquals(BookingPurpose.STAY, b.getPurpose());
			assertEquals(BookingStatus.CONFIRMED, b.getStatus());
			assertEquals(p.getId(), b.getProductionId());
			assertEquals("Ours", b.getProductionTitle());
			assertEquals(stay.from(), ShootCalendar.toLocal(b.getFrom()));
			assertEquals(stay.to(), ShootCalendar.toLocal(b.getTo()));
		}
		Allocation again = Housing.allocate(s, p.getId(), needs(), null, null);
		assertTrue(again.stays().stream().allMatch(Allocation.Stay::booked), "booked people keep their unit");
		assertEquals(a.stayOf("id-X").unit(), again.stayOf("id-X").unit());
		assertFalse(Housing.book(domain, p, again).canExecute(), "nothing left to book");
		domain.getCommandStack().undo();
		assertTrue(s.getBookings().isEmpty());
	}

	@Test
	void aUnitTakenMeanwhileIsRefused() {
		Allocation a = Housing.allocate(s, p.getId(), needs(), null, null);
		Apartment x = a.stayOf("id-X").unit();
		booking(s, x, "theirs", "Red Lanterns", "2027-03-03", "2027-03-03", BookingPurpose.STAY);
		Command c = Housing.book(domain, p, a);
		assertFalse(c.canExecute());
		assertTrue(c.getDescription().contains("Red Lanterns") && c.getDescription().contains(x.getBuilding() + "-" + x.getUnit()), c.getDescription());
	}

	@Test
	void occupancyCountsUnitsByProduction() {
		booking(s, a101, "theirs", "Red Lanterns", "2027-03-01", "2027-03-03", BookingPurpose.STAY);
		booking(s, a102, p.getId(), "Ours", "2027-03-02", "2027-03-04", BookingPurpose.STAY);
		booking(s, a102, p.getId(), "Ours", "2027-03-02", "2027-03-04", BookingPurpose.STAY);
		booking(s, a101, "gone", "Cancelled", "2027-03-05", "2027-03-05", BookingPurpose.STAY).setStatus(BookingStatus.CANCELLED);
		Occupancy o = Housing.occupancy(s, d("2027-03-01"), d("2027-03-05"));
		assertEquals(5, o.days().size());
		assertEquals(3, o.units());
		assertEquals(List.of(1, 2, 2, 1, 0), o.days().stream().map(Occupancy.Day::occupied).toList());
		assertEquals(Map.of("Red Lanterns", 1, "Ours", 1), o.days().get(1).byProduction(), "a shared unit counts once");
		assertEquals(2, o.peak());
		assertEquals(2 / 3.0, o.days().get(2).rate(), 1e-9);
	}
}
