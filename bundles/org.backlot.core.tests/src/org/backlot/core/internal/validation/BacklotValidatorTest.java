// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.core.api.Fixtures;
import org.backlot.core.api.Validation;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Backlot's constraints catch what a production office would catch by hand. */
class BacklotValidatorTest {

	private static List<String> messages(EObject root) {
		return Validation.problems(Validation.validate(root)).stream().map(Diagnostic::getMessage).toList();
	}

	@Test
	void aSoundProductionHasNoProblems() {
		assertEquals(List.of(), messages(Fixtures.production(Fixtures.studio())));
	}

	@Test
	void duplicateSceneNumbers() {
		Production p = Fixtures.production(Fixtures.studio());
		p.getScript().getScenes().get(2).setNumber("2");
		Diagnostic d = Validation.validate(p);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		Diagnostic problem = Validation.problems(d).get(0);
		assertEquals("Scene number 2 is used twice (first by 'INT. TEA HOUSE - DAY')", problem.getMessage());
		assertEquals(p.getScript().getScenes().get(2), Validation.subject(problem), "the problem points at the scene");
	}

	@Test
	void duplicateCastNumbers() {
		Production p = Fixtures.production(Fixtures.studio());
		Breakdown b = p.getBreakdown();
		b.getElements().add(Fixtures.cast(2, "老板", "Wang"));
		b.getElements().get(2).setCategory(b.getCategories().get(0));
		assertEquals(List.of("Cast number 2 is given to both 林晓 and 老板"), messages(p));
	}

	@Test
	void aShootDayOutsideTheProductionDates() {
		Production p = Fixtures.production(Fixtures.studio());
		ShootDay day = (ShootDay) p.getActiveSchedule().getItems().get(0);
		day.setDate(Fixtures.date("2027-04-02"));
		Diagnostic d = Validation.validate(p);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertEquals(List.of("Shoot day 1 (2027-04-02) is outside the production's dates (2027-03-01 to 2027-03-31)"), messages(p));
	}

	@Test
	void anElementWithoutCategory() {
		Production p = Fixtures.production(Fixtures.studio());
		p.getBreakdown().getElements().get(0).setCategory(null);
		assertEquals(List.of("The element '陈默' has no category"), messages(p));
	}

	@Test
	void wrapBeforeStart() {
		Production p = Fixtures.production(Fixtures.studio());
		p.setWrapDate(Fixtures.date("2027-02-01"));
		assertTrue(messages(p).contains("The end (2027-02-01) is before the start (2027-03-01)"), messages(p).toString());
	}

	private static Booking book(Studio s, StudioResource r, String who, String from, String to, int quantity) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setResource(r);
		b.setProductionTitle(who);
		b.setFrom(Fixtures.date(from));
		b.setTo(Fixtures.date(to));
		b.setQuantity(quantity);
		b.setStatus(BookingStatus.CONFIRMED);
		s.getBookings().add(b);
		return b;
	}

	@Test
	void aStageBookedTwiceOnOverlappingDays() {
		Studio s = Fixtures.studio();
		book(s, s.getStages().get(0), "Tea House", "2027-03-01", "2027-03-10", 1);
		book(s, s.getStages().get(0), "Night Market", "2027-03-10", "2027-03-12", 1);
		book(s, s.getStages().get(1), "Night Market", "2027-03-01", "2027-03-12", 1);
		assertEquals(List.of("Stage 1 is booked twice: by Night Market from 2027-03-10 while Tea House has it until 2027-03-10"), messages(s));
		Booking cancelled = book(s, s.getStages().get(1), "Old Show", "2027-03-02", "2027-03-03", 1);
		cancelled.setStatus(BookingStatus.CANCELLED);
		assertEquals(1, messages(s).size(), "a cancelled booking does not count");
	}

	@Test
	void anItemMayBeBookedUpToItsQuantity() {
		Studio s = Fixtures.studio();
		InventoryItem lanterns = StudioFactory.eINSTANCE.createInventoryItem();
		lanterns.setCode("P-0001");
		lanterns.setNameEn("Red lantern");
		lanterns.setQuantity(3);
		s.getInventory().add(lanterns);
		book(s, lanterns, "Tea House", "2027-03-01", "2027-03-05", 2);
		book(s, lanterns, "Night Market", "2027-03-03", "2027-03-04", 1);
		assertEquals(List.of(), messages(s));
		book(s, lanterns, "Opera", "2027-03-04", "2027-03-06", 1);
		assertEquals(1, messages(s).size(), messages(s).toString());
	}

	@Test
	void aSubmittedPermitNeedsItsRequiredFields() {
		Production p = Fixtures.production(Fixtures.studio());
		PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
		a.setStatus(PermitStatus.DRAFT);
		p.getPermitApplications().add(a);
		assertEquals(List.of(), messages(p), "a draft may be incomplete");
		a.setStatus(PermitStatus.SUBMITTED);
		List<String> m = messages(p);
		assertEquals(5, m.size(), m.toString());
		assertTrue(m.contains("The permit application lacks the authority, which it needs once it is SUBMITTED"), m.toString());
	}
}
