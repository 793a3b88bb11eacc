// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.backlot.studio.api.StageCalendar;
import org.backlot.studio.ui.internal.SampleTestCase;
import org.backlot.studio.ui.internal.StudioUi;
import org.backlot.studio.ui.internal.Texts;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.Test;

/** The booking calendar on the sample base: a row per stage with the base's stage bookings as bars; a clash is outlined and a click selects. */
class CalendarViewTest extends SampleTestCase {
	@Test
	void theSampleStageBookingsAreShown() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		CalendarView view = view(StudioUi.CALENDAR_VIEW, CalendarView.class);
		view.mode(CalendarView.Mode.STAGES);
		Timeline t = view.timeline();
		assertEquals(studio.getStages(), t.rows(), "a row per stage");
		List<Booking> stageBookings = studio.getBookings().stream()
				.filter(b -> b.getResource() instanceof Stage && b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null).toList();
		assertFalse(stageBookings.isEmpty(), "other productions have booked stages in the sample");
		assertEquals(stageBookings.size(), t.bookings().size(), "a bar per stage booking");
		for (Booking b : stageBookings) {
			Timeline.Bar bar = t.bar(b);
			assertNotNull(bar, "a bar for " + Texts.production(b));
			assertEquals(t.rows().indexOf(b.getResource()), bar.row());
			assertEquals(Texts.local(b.getFrom()), t.day(bar.first()));
			assertEquals(Texts.local(b.getTo()), t.day(bar.last()));
		}
		view.canvas().select(stageBookings.get(0));
		assertSame(stageBookings.get(0), view.canvas().selected());
	}

	@Test
	void aClashIsOutlinedAndUndoClearsIt() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		CalendarView view = view(StudioUi.CALENDAR_VIEW, CalendarView.class);
		Booking theirs = studio.getBookings().stream().filter(b -> b.getResource() instanceof Stage && b.getStatus() == BookingStatus.CONFIRMED)
				.findFirst().orElseThrow();
		LocalDate day = Texts.local(theirs.getFrom());
		Booking mine = StageCalendar.booking(doc.production(), (Stage) theirs.getResource(), BookingPurpose.SHOOT, day, day);
		doc.domain().getCommandStack().execute(new AddCommand(doc.domain(), studio, StudioPackage.Literals.STUDIO__BOOKINGS, mine));
		drain();
		assertTrue(view.timeline().inConflict(mine), "the new booking clashes");
		assertTrue(view.timeline().inConflict(theirs), "so does the one it clashes with");
		assertSame(theirs, view.timeline().clash(mine));
		view.reveal(mine);
		assertSame(mine, ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement());
		doc.domain().getCommandStack().undo();
		drain();
		assertFalse(view.timeline().inConflict(theirs), "undo clears the clash");
	}
}
