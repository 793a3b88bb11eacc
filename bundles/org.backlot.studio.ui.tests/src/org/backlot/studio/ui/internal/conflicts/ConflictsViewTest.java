// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.conflicts;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.view;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

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
import org.backlot.studio.ui.internal.calendar.CalendarView;
import org.backlot.studio.ui.internal.registers.RegistersView;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

/** The conflicts list: a stage booked twice is listed for both productions, and going to it selects the stage in the registers and the booking in the calendar. */
class ConflictsViewTest extends SampleTestCase {
	@Test
	void aDoubleBookingIsListedAndNavigable() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		ConflictsView view = view(StudioUi.CONFLICTS_VIEW, ConflictsView.class);
		Booking theirs = studio.getBookings().stream().filter(b -> b.getResource() instanceof Stage && b.getStatus() == BookingStatus.CONFIRMED)
				.findFirst().orElseThrow();
		LocalDate day = Texts.local(theirs.getFrom());
		Booking mine = StageCalendar.booking(doc.production(), (Stage) theirs.getResource(), BookingPurpose.PREP, day, day);
		doc.domain().getCommandStack().execute(new AddCommand(doc.domain(), studio, StudioPackage.Literals.STUDIO__BOOKINGS, mine));
		drain();
		Conflict c = view.conflicts().stream().filter(x -> x.resource() == theirs.getResource() && (x.first() == mine || x.second() == mine))
				.findFirst().orElseThrow(() -> new AssertionError("the double booking is listed: " + view.conflicts()));
		assertTrue(c.involves(doc.production().getId()), "it involves the open production");
		assertTrue(c.productions().size() == 2, "both productions are named");
		view.table().setSelection(new StructuredSelection(c));
		view.go();
		drain();
		RegistersView registers = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		assertSame(theirs.getResource(), ((IStructuredSelection) registers.getSite().getSelectionProvider().getSelection()).getFirstElement());
		CalendarView calendar = view(StudioUi.CALENDAR_VIEW, CalendarView.class);
		Object selected = ((IStructuredSelection) calendar.getSite().getSelectionProvider().getSelection()).getFirstElement();
		assertTrue(selected == mine || selected == theirs, "the calendar selects a booking of the conflict");
	}
}
