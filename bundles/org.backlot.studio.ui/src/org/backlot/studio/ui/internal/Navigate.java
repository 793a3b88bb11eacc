// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.ui.internal.calendar.CalendarView;
import org.backlot.studio.ui.internal.registers.RegistersView;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Goes to a studio record and one of its bookings: selects the record in its register and the booking in the calendar. */
public final class Navigate {
	private Navigate() {
	}

	/** Shows the resource in the registers and the booking (or, when null, the resource's row) in the calendar. */
	public static void to(IWorkbenchPage page, StudioResource resource, Booking booking) {
		try {
			if (resource != null && page.showView(StudioUi.REGISTERS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE) instanceof RegistersView r) {
				r.reveal(resource);
			}
			if (page.showView(StudioUi.CALENDAR_VIEW, null, IWorkbenchPage.VIEW_VISIBLE) instanceof CalendarView c) {
				if (booking != null) {
					c.reveal(booking);
				} else if (resource != null) {
					c.reveal(resource);
				}
			}
		} catch (PartInitException e) {
			ILog.of(Navigate.class).error(e.getMessage(), e);
		}
	}
}
