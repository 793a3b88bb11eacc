// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import org.backlot.model.studio.Booking;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.osgi.util.NLS;

/** The tooltip of a booking: whose, what for, when, how many, for whom, and what it clashes with. */
final class Tips {
	private Tips() {
	}

	/** The booking's tooltip; {@code clash} is the booking it conflicts with, or null. */
	static String of(Booking b, Booking clash) {
		StringBuilder sb = new StringBuilder(NLS.bind(Messages.tipBooking, new Object[] { Texts.label(b.getResource()), Texts.production(b),
				Texts.of("purpose", b.getPurpose()) + " (" + Texts.of("status", b.getStatus()) + ')', Texts.span(b) })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (b.getQuantity() > 1) {
			sb.append('\n').append(NLS.bind(Messages.tipQuantity, b.getQuantity()));
		}
		if (b.getOccupant() != null && !b.getOccupant().isBlank()) {
			sb.append('\n').append(NLS.bind(Messages.tipOccupant, b.getOccupant()));
		}
		if (b.getCallTime() != null && !b.getCallTime().isBlank()) {
			sb.append('\n').append(NLS.bind(Messages.tipCall, b.getCallTime()));
		}
		if (b.getNote() != null && !b.getNote().isBlank()) {
			sb.append('\n').append(NLS.bind(Messages.tipNote, b.getNote()));
		}
		if (clash != null) {
			sb.append('\n').append(NLS.bind(Messages.tipConflict, NLS.bind(Messages.conflictWith, Texts.production(clash), Texts.span(clash))));
		}
		return sb.toString();
	}
}
