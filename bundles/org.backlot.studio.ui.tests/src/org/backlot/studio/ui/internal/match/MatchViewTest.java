// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.view;
import static org.backlot.ui.testing.WorkbenchTests.waitForJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;

import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.ExtrasSearch;
import org.backlot.studio.api.Reservations;
import org.backlot.studio.ui.internal.SampleTestCase;
import org.backlot.studio.ui.internal.StudioUi;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;

/** The match view on the sample: elements with store items and scores; reserving, booking extras and booking stages are each one command that Undo takes back. */
class MatchViewTest extends SampleTestCase {
	@Test
	void aReservationIsOneCommandAndUndoRemovesIt() throws Exception {
		ProductionDocument doc = openSample();
		Production p = doc.production();
		Studio studio = p.getStudio();
		MatchView view = view(StudioUi.MATCH_VIEW, MatchView.class);
		view.select(0);
		waitForJobs(60);
		StoreTab tab = view.store();
		assertFalse(tab.rows().isEmpty(), "the sample's breakdown has store elements");
		StoreTab.Row row = tab.rows().stream().filter(r -> r.proposal() != null && !r.proposal().bookings().isEmpty() && r.reserved().isEmpty())
				.findFirst().orElseThrow(() -> new AssertionError("an element on the schedule to reserve"));
		assertTrue(row.picks().stream().allMatch(x -> x.score() > 0 && x.score() <= 1), "candidates have scores");
		Element e = row.element();
		InventoryItem item = row.proposal().item();
		InventoryItem chosenBefore = e.getStudioItem();
		int bookings = studio.getBookings().size();
		CommandStack stack = doc.domain().getCommandStack();
		Command before = stack.getUndoCommand();
		assertTrue(tab.reserve(e, item), "the reservation runs");
		Command reserve = stack.getUndoCommand();
		assertNotSame(before, reserve, "one new command on the production's stack");
		List<Booking> made = Reservations.reservations(studio, p).stream().filter(b -> Objects.equals(b.getElementId(), e.getId())).toList();
		assertFalse(made.isEmpty(), "the element's days are reserved");
		assertTrue(made.stream().allMatch(b -> b.getResource() == item));
		assertEquals(bookings + made.size(), studio.getBookings().size());
		assertSame(item, e.getStudioItem(), "the element points at the item");
		drain();
		waitForJobs(60);
		assertTrue(view.store().rows().stream().anyMatch(r -> r.element() == e && !r.reserved().isEmpty()), "the view shows the reservation");
		stack.undo();
		drain();
		assertSame(before, stack.getUndoCommand(), "one undo takes the whole reservation back");
		assertEquals(bookings, studio.getBookings().size(), "the bookings are gone");
		assertTrue(Reservations.reservations(studio, p).stream().noneMatch(b -> Objects.equals(b.getElementId(), e.getId())));
		assertSame(chosenBefore, e.getStudioItem());
	}

	@Test
	void extrasAreShortlistedAndBookedInOneCommand() throws Exception {
		ProductionDocument doc = openSample();
		Production p = doc.production();
		Studio studio = p.getStudio();
		MatchView view = view(StudioUi.MATCH_VIEW, MatchView.class);
		view.select(1);
		drain();
		ExtrasRequirement req = p.getBreakdown().getExtras().stream()
				.filter(r -> r.getScene() != null && ExtrasSearch.shootDate(p, r.getScene()) != null && r.getCount() > 0).findFirst()
				.orElseThrow(() -> new AssertionError("a scheduled scene with extras"));
		view.extras().choose(req);
		drain();
		assertNotNull(view.extras().shortlist(), "a shortlist for the requirement");
		assertFalse(view.extras().shortlist().chosen().isEmpty(), "people are proposed");
		int bookings = studio.getBookings().size();
		assertTrue(view.extras().book(), "the booking runs");
		int booked = studio.getBookings().size() - bookings;
		assertTrue(booked > 0 && studio.getBookings().stream().skip(bookings).allMatch(b -> b.getResource() instanceof Extra));
		doc.domain().getCommandStack().undo();
		assertEquals(bookings, studio.getBookings().size(), "one undo takes the bookings back");
	}

	@Test
	void stagesAreBookedFromTheSchedule() throws Exception {
		ProductionDocument doc = openSample();
		Production p = doc.production();
		Studio studio = p.getStudio();
		MatchView view = view(StudioUi.MATCH_VIEW, MatchView.class);
		view.select(2);
		drain();
		assertFalse(view.stages().needs().isEmpty(), "the sample's board needs stages");
		assertTrue(view.stages().needs().stream().allMatch(n -> n.booking().getResource() instanceof Stage));
		long before = studio.getBookings().stream().filter(b -> Objects.equals(b.getProductionId(), p.getId()) && b.getResource() instanceof Stage).count();
		if (view.stages().needs().stream().anyMatch(n -> !n.booked())) {
			assertTrue(view.stages().book(), "booking runs");
			drain();
			assertTrue(view.stages().needs().stream().allMatch(StagesTab.Need::booked), "every need is booked now");
			doc.domain().getCommandStack().undo();
			assertEquals(before, studio.getBookings().stream()
					.filter(b -> Objects.equals(b.getProductionId(), p.getId()) && b.getResource() instanceof Stage).count());
		}
	}

	@Test
	void housingIsPlannedInTheBackground() throws Exception {
		openSample();
		MatchView view = view(StudioUi.MATCH_VIEW, MatchView.class);
		view.select(3);
		waitForJobs(60);
		drain();
		assertNotNull(view.housing().allocation(), "a plan is shown");
		assertFalse(view.housing().allocation().stays().isEmpty(), "the sample's travelling people are housed");
	}
}
