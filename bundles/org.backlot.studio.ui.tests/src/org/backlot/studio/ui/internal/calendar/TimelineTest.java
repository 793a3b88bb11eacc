// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.api.ShootCalendar;
import org.junit.jupiter.api.Test;

/** The calendar's layout: overlapping bookings in lanes of their row, conflicts found, cancelled bookings left out, the days around the bookings. */
class TimelineTest {
	private static final StudioFactory F = StudioFactory.eINSTANCE;

	@Test
	void overlapsGetLanesAndClashesAreFound() {
		Stage s1 = F.createStage();
		Stage s2 = F.createStage();
		Booking a = booking(s1, "A", "2027-03-01", "2027-03-05", BookingStatus.CONFIRMED);
		Booking b = booking(s1, "B", "2027-03-04", "2027-03-06", BookingStatus.TENTATIVE);
		Booking c = booking(s1, "C", "2027-03-07", "2027-03-08", BookingStatus.CONFIRMED);
		Booking gone = booking(s2, "D", "2027-03-02", "2027-03-02", BookingStatus.CANCELLED);
		Timeline t = Timeline.of(List.of(s1, s2), List.of(a, b, c, gone));
		assertEquals(List.of(s1, s2), t.rows());
		assertEquals(2, t.lanes(0), "two bookings overlap on stage 1");
		assertEquals(1, t.lanes(1));
		assertEquals(0, t.bar(a).lane());
		assertEquals(1, t.bar(b).lane());
		assertEquals(0, t.bar(c).lane(), "a later booking reuses the first lane");
		assertNull(t.bar(gone), "cancelled bookings hold nothing");
		assertTrue(t.inConflict(a) && t.inConflict(b), "A and B clash");
		assertSame(a, t.clash(b));
		assertFalse(t.inConflict(c));
		assertEquals(LocalDate.parse("2027-02-26"), t.from(), "a few days before the first booking");
		assertEquals(LocalDate.parse("2027-03-01"), t.day(t.bar(a).first()));
		assertEquals(LocalDate.parse("2027-03-06"), t.day(t.bar(b).last()));
		assertTrue(t.days() >= 28);
	}

	@Test
	void anItemHoldsAsManyBookingsAsItsQuantity() {
		InventoryItem lamps = F.createInventoryItem();
		lamps.setQuantity(2);
		Booking a = booking(lamps, "A", "2027-03-01", "2027-03-03", BookingStatus.CONFIRMED);
		Booking b = booking(lamps, "B", "2027-03-02", "2027-03-03", BookingStatus.CONFIRMED);
		assertFalse(Timeline.of(List.of(lamps), List.of(a, b)).inConflict(b), "two of two");
		Booking c = booking(lamps, "C", "2027-03-03", "2027-03-03", BookingStatus.TENTATIVE);
		Timeline t = Timeline.of(List.of(lamps), List.of(a, b, c));
		assertTrue(t.inConflict(c), "the third piece is one too many");
		assertEquals(3, t.lanes(0));
	}

	@Test
	void geometryFindsRowsAndBars() {
		Stage s1 = F.createStage();
		Stage s2 = F.createStage();
		Booking a = booking(s2, "A", "2027-03-10", "2027-03-11", BookingStatus.CONFIRMED);
		Geometry g = new Geometry(14);
		g.timeline(Timeline.of(List.of(s1, s2), List.of(a)));
		int rowHeight = g.laneHeight + 4;
		assertEquals(2 * rowHeight, g.contentHeight());
		assertEquals(-1, g.rowAt(g.headerHeight - 1, 0), "the header is no row");
		assertEquals(0, g.rowAt(g.headerHeight, 0));
		assertEquals(1, g.rowAt(g.headerHeight + rowHeight, 0));
		assertEquals(-1, g.rowAt(g.headerHeight + 2 * rowHeight, 0), "below the last row");
		Timeline.Bar bar = g.timeline().bar(a);
		org.eclipse.swt.graphics.Rectangle r = g.rect(bar, 0, 0);
		assertSame(bar, g.barAt(r.x + 2, r.y + 2, 0, 0));
		assertNull(g.barAt(r.x + 2, r.y + 2 - rowHeight, 0, 0));
	}

	private static Booking booking(org.backlot.model.studio.StudioResource r, String title, String from, String to, BookingStatus status) {
		Booking b = F.createBooking();
		b.setResource(r);
		b.setProductionId(title);
		b.setProductionTitle(title);
		b.setFrom(ShootCalendar.toDate(LocalDate.parse(from)));
		b.setTo(ShootCalendar.toDate(LocalDate.parse(to)));
		b.setStatus(status);
		b.setQuantity(1);
		return b;
	}
}
